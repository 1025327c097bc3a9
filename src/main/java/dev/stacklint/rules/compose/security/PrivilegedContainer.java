package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL230: {@code privileged: true} gives the container every capability and every host device. */
public final class PrivilegedContainer implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL230", "privileged-container", Severity.WARNING,
            "A service runs privileged: root in it is root on the host.").in(Category.SECURITY);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            service.isolation().privileged().filter(Located::value).ifPresent(p ->
                    reporter.report(p.file(), p.span(), "`" + service.name().value() + "` runs privileged: every "
                            + "capability and every host device, so a process that escapes it owns the host; grant "
                            + "only what it needs with `cap_add` and `devices`"));
        }
    }
}
