package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Fix;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3038: {@code dnf} or {@code microdnf install} without {@code -y} or {@code --assumeyes}. */
public final class DnfYes extends NonInteractiveRule {
    static final RuleMeta META = new RuleMeta("DL3038", "dnf-yes", Severity.WARNING,
            "dnf install without -y waits for a confirmation that never comes in a build.").fixable(Fix.Safety.SAFE);

    public DnfYes() {
        super(RpmTools.DNF, RpmTools.DNF_INSTALL, 'y', "-y", false, "--assumeyes");
    }
}
