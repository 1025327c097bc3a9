package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Resource;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Map;
import java.util.function.Predicate;

/**
 * SL218: a top-level secret or config that says nowhere where its content comes from: none of {@code file},
 * {@code environment}, {@code content} (configs), {@code external}, nor a Swarm {@code driver}. One that the main
 * project of an add-on file declares is complete there.
 */
public final class SecretWithoutSource implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL218", "secret-without-source", Severity.ERROR,
            "A top-level secret or config has no file, environment, content or external.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        check(project.secrets(), "secret", project.companions()::secret, reporter);
        check(project.configs(), "config", project.companions()::config, reporter);
    }

    private static void check(Map<String, Resource> resources, String kind, Predicate<String> elsewhere, Reporter reporter) {
        for (Resource r : resources.values()) {
            if (!r.sourced() && !elsewhere.test(r.name().value())) {
                reporter.report(r.name().file(), r.name().span(), "the " + kind + " " + Keys.quoted(r.name().value())
                        + " has no source: Compose refuses it; give it `file:`, `environment:`"
                        + (kind.equals("config") ? ", `content:`" : "") + " or `external: true`");
            }
        }
    }
}
