package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Fix;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3030: {@code yum install} without {@code -y} or {@code --assumeyes}. */
public final class YumYes extends NonInteractiveRule {
    static final RuleMeta META = new RuleMeta("DL3030", "yum-yes", Severity.WARNING,
            "yum install without -y waits for a confirmation that never comes in a build.").fixable(Fix.Safety.SAFE);

    public YumYes() {
        super(RpmTools.YUM, RpmTools.YUM_INSTALL, 'y', "-y", false, "--assumeyes");
    }
}
