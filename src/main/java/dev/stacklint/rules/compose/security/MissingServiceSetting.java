package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.source.Origin;

import java.util.List;

/**
 * A hardening rule that reports a service that lacks one protective setting: once at the service's key, or at each
 * entry that lacks it.
 */
abstract class MissingServiceSetting implements ComposeRule {

    /** True when the service already has the setting. */
    abstract boolean hardened(Service service);

    /** What the finding says after the service's name. */
    abstract String message();

    /** Where the finding stands: the service's key, unless one entry of the service is what to change. */
    List<Origin> places(Service service) {
        return List.of(service.name().origin());
    }

    @Override
    public final void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            if (!hardened(service)) {
                for (Origin at : places(service)) {
                    reporter.report(at.file(), at.span(), "`" + service.name().value() + "` " + message());
                }
            }
        }
    }
}
