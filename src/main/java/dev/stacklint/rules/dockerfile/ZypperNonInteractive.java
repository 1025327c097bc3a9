package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Fix;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/** DL3034: a zypper command that asks for confirmation, without {@code -n}, {@code -y} or their long forms. */
public final class ZypperNonInteractive extends NonInteractiveRule {
    static final RuleMeta META = new RuleMeta("DL3034", "zypper-non-interactive", Severity.WARNING,
            "zypper without -n waits for a confirmation that never comes in a build.").fixable(Fix.Safety.SAFE);

    private static final Set<String> ASKS = Set.of("install", "in", "remove", "rm", "source-install", "si",
            "patch", "update", "up", "dist-upgrade", "dup");

    public ZypperNonInteractive() {
        super(RpmTools.ZYPPER, ASKS, 'n', "-n", true, "--non-interactive", "--no-confirm", "-y");
    }
}
