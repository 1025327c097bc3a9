package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;

/** A hardening rule that reports, once at the service's key, a service that lacks one protective setting. */
abstract class MissingServiceSetting implements ComposeRule {

    /** True when the service already has the setting. */
    abstract boolean hardened(Service service);

    /** What the finding says after the service's name. */
    abstract String message();

    @Override
    public final void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            if (!hardened(service)) {
                reporter.report(service.name().file(), service.name().span(),
                        "`" + service.name().value() + "` " + message());
            }
        }
    }
}
