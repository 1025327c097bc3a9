package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;

/**
 * DL3008: {@code apt-get install} of packages without {@code =version}, once per RUN; local .deb files are fine.
 * Info by default: pinning apt packages is a trade-off (see rules/DL3008.md).
 */
public final class AptGetPinVersions extends PinRule {
    static final RuleMeta META = new RuleMeta("DL3008", "apt-get-pin-versions", Severity.INFO, "apt-get install names a package without pinning its version.");

    @Override
    void check(SimpleCommand command, UnpinnedPackages unpinned) {
        PackageCommand.aptGetInstall(command).ifPresent(install -> {
            for (ShellWord p : install.packages()) {
                String name = p.value();
                if (!name.contains("=") && !name.endsWith(".deb") && !name.startsWith("/") && !name.startsWith("./")
                        && !name.startsWith("$")) {
                    unpinned.add("package", p);
                }
            }
        });
    }

    @Override
    String message(String problem, List<String> names) {
        String name = names.size() == 1 ? names.get(0) : "NAME";
        return UnpinnedPackages.notPinned("package", names)
                + ", so each build installs whatever version the mirror has: write " + name + "=<version>"
                + (names.size() == 1 ? "" : " for each") + " (apt-cache policy " + name + " shows the candidates)";
    }
}
