package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3041: {@code dnf} or {@code microdnf install} of a package without a {@code -VERSION} suffix ({@code module
 * install} without a {@code :stream}; group installs are left alone).
 */
public final class DnfPinVersions extends RpmPinRule {
    static final RuleMeta META = new RuleMeta("DL3041", "dnf-pin-versions", Severity.WARNING,
            "dnf install names a package without pinning its version.");

    public DnfPinVersions() {
        super(RpmTools.DNF, RpmTools.DNF_INSTALL, RpmTools::hasVersionSuffix, "NAME-<version>");
    }
}
