package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3037: {@code zypper install} of a package without a version constraint ({@code =}, {@code <}, {@code >},
 * {@code >=}, {@code <=}) or an .rpm file.
 */
public final class ZypperPinVersions extends RpmPinRule {
    static final RuleMeta META = new RuleMeta("DL3037", "zypper-pin-versions", Severity.WARNING,
            "zypper install names a package without a version constraint.");

    public ZypperPinVersions() {
        super(RpmTools.ZYPPER, RpmTools.ZYPPER_INSTALL, RpmTools::hasVersionConstraint, "NAME=<version>");
    }
}
