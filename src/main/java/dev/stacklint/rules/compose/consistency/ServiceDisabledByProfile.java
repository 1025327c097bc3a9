package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Dependency;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.stream.Collectors;

/**
 * SL222: a service that always runs requires one that runs only under a profile. Without that profile the dependency
 * is disabled, and {@code docker compose up} stops at the service that needs it.
 */
public final class ServiceDisabledByProfile implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL222", "service-disabled-by-profile", Severity.ERROR, "A service that always runs depends on a service that runs only under a profile.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.defaultServices()) {
            for (Dependency d : s.dependsOn()) {
                Service needed = project.services().get(d.service().value());
                if (!d.required() || needed == null || needed.inDefaultProfile()) {
                    continue;
                }
                String profiles = needed.profiles().stream().map(Located::value).map(Keys::quoted)
                        .collect(Collectors.joining(", "));
                reporter.report(d.service().file(), d.service().span(), Keys.quoted(s.name().value())
                        + " always runs but depends on " + Keys.quoted(needed.name().value()) + ", which runs only with"
                        + " the profile " + profiles + ": `docker compose up` without it fails; give "
                        + Keys.quoted(s.name().value()) + " the same profile, drop the dependency's profiles, or mark"
                        + " the dependency `required: false`");
            }
        }
    }
}
