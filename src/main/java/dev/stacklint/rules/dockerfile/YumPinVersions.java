package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3033: {@code yum install} of a package without a {@code -VERSION} suffix ({@code yum module install} without a
 * {@code :stream}).
 */
public final class YumPinVersions extends RpmPinRule {
    static final RuleMeta META = new RuleMeta("DL3033", "yum-pin-versions", Severity.WARNING,
            "yum install names a package without pinning its version.");

    public YumPinVersions() {
        super(RpmTools.YUM, RpmTools.YUM_INSTALL, RpmTools::hasVersionSuffix, "NAME-<version>");
    }
}
