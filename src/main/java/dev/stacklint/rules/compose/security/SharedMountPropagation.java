package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL237: a bind mount with {@code shared}/{@code rshared} propagation: mounts made in the container reach the host. */
public final class SharedMountPropagation implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL237", "shared-mount-propagation", Severity.WARNING,
            "A bind mount propagates mounts made in the container back to the host (shared, rshared).")
            .in(Category.SECURITY);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            for (VolumeMount v : service.volumes()) {
                Located<String> p = v.propagation().orElse(null);
                if (p != null && (p.value().equals("shared") || p.value().equals("rshared"))) {
                    reporter.report(p.file(), p.span(), "`" + service.name().value() + "` mounts with"
                            + " `" + p.value() + "` propagation: a mount made inside the container appears on the host"
                            + " too; use the default (rprivate) or `rslave`");
                }
            }
        }
    }
}
