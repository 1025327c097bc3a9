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

import java.util.Locale;

/** SL235: {@code security_opt} that switches off seccomp, AppArmor, SELinux labelling or masked system paths. */
public final class UnconfinedSecurityOpt implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL235", "unconfined-security-opt", Severity.WARNING,
            "A service turns off seccomp, AppArmor, SELinux labels or masked system paths.").in(Category.SECURITY);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service service : project.services().values()) {
            for (Located<String> opt : service.isolation().securityOpt()) {
                String o = opt.value().toLowerCase(Locale.ROOT).replace('=', ':').replace(" ", "");
                String off = switch (o) {
                    case "seccomp:unconfined" -> "the seccomp filter that blocks dangerous system calls";
                    case "apparmor:unconfined" -> "the AppArmor profile";
                    case "label:disable" -> "SELinux labelling";
                    case "systempaths:unconfined" -> "the masking of /proc and /sys paths";
                    default -> null;
                };
                if (off != null) {
                    reporter.report(opt.file(), opt.span(), "`" + service.name().value() + "` sets `" + opt.value()
                            + "`, which turns off " + off + "; use a custom profile that allows what it needs instead");
                }
            }
        }
    }
}
