package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Optional;

/** SL214: a fixed {@code container_name} on a service that runs more than one container. */
public final class ContainerNameWithReplicas implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL214", "container-name-with-replicas", Severity.ERROR, "A service with a container_name asks for more than one replica.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Located<String> name = s.containerName().filter(n -> !n.value().isBlank()).orElse(null);
            if (name == null) {
                continue;
            }
            Optional<Located<String>> many = s.deploy().replicas().filter(r -> count(r) > 1)
                    .or(() -> s.scale().filter(r -> count(r) > 1));
            many.ifPresent(r -> reporter.report(r.file(), r.span(), Keys.quoted(s.name().value())
                    + " asks for " + r.value() + " containers but names its container " + Keys.quoted(name.value())
                    + ": names are unique, so Compose refuses; drop `container_name` or run one replica"));
        }
    }

    /** The number written, or 0 when it is not a plain number. */
    static long count(Located<String> s) {
        try {
            return Long.parseLong(s.value().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
