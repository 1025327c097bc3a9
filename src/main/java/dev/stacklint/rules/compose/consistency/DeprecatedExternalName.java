package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Resource;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Map;

/** SL224: {@code external: {name: x}}, the old spelling of {@code name: x} with {@code external: true}. */
public final class DeprecatedExternalName implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL224", "deprecated-external-name", Severity.WARNING,
            "A network, volume, secret or config names its external resource with the deprecated external.name.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        check(project.networks(), "network", reporter);
        check(project.volumes(), "volume", reporter);
        check(project.secrets(), "secret", reporter);
        check(project.configs(), "config", reporter);
    }

    private static void check(Map<String, Resource> resources, String kind, Reporter reporter) {
        for (Resource r : resources.values()) {
            r.externalNameKey().ifPresent(k -> reporter.report(k.file(), k.span(), "the " + kind + " "
                            + Keys.quoted(r.name().value()) + " uses `external.name`, which Compose deprecated: write"
                            + " `name:` beside `external: true`"));
        }
    }
}
