package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;

/**
 * DL3018: {@code apk add} of a package without a version constraint ({@code =}, {@code ~}, {@code <}, {@code >}).
 * The name given to {@code --virtual}, local .apk files and packages in variables are not reported.
 */
public final class ApkPinVersions extends PinRule {
    static final RuleMeta META = new RuleMeta("DL3018", "apk-pin-versions", Severity.WARNING,
            "apk add names a package without pinning its version.");

    @Override
    void check(SimpleCommand command, UnpinnedPackages unpinned) {
        PackageCommand.apkAdd(command).ifPresent(add -> {
            for (ShellWord p : add.packages()) {
                String name = p.value();
                if (name.chars().noneMatch(c -> c == '=' || c == '~' || c == '<' || c == '>')
                        && !name.endsWith(".apk") && !name.startsWith("$")) {
                    unpinned.add("package", p);
                }
            }
        });
    }

    @Override
    String message(String problem, List<String> names) {
        String name = names.size() == 1 ? names.get(0) : "NAME";
        return UnpinnedPackages.notPinned("package", names)
                + ", so each build installs whatever version the repository has: write " + name + "=<version> (or "
                + name + "~<major.minor> to allow patch updates)" + (names.size() == 1 ? "" : " for each");
    }
}
