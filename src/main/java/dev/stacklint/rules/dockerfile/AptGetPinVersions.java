package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3008: {@code apt-get install} of a package without {@code =version}; local .deb files are fine. */
public final class AptGetPinVersions extends AptGetRule {
    static final RuleMeta META = new RuleMeta("DL3008", "apt-get-pin-versions", Severity.WARNING,
            Target.DOCKERFILE, "apt-get install names a package without pinning its version.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(PackageCommand install, Reporter reporter) {
        for (ShellWord p : install.packages()) {
            String name = p.value();
            if (!name.contains("=") && !name.endsWith(".deb") && !name.startsWith("/") && !name.startsWith("./")
                    && !name.startsWith("$")) {
                reporter.report(p.span(), "package " + name + " is not pinned, so each build installs whatever "
                        + "version the mirror has: write " + name + "=<version> (apt-cache policy " + name
                        + " shows the candidates)");
            }
        }
    }
}
