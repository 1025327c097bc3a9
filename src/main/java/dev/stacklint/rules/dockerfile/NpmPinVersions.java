package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Set;

/**
 * DL3016: {@code npm install} (or an alias such as {@code npm i}, {@code npm add}) of a package without a version
 * ({@code name@version}). A bare {@code npm install} (from package.json), tarballs, folders, git URLs with a
 * {@code #ref}, other URLs and packages held in variables are fine; option values are not taken for packages.
 */
public final class NpmPinVersions extends PinRule {
    static final RuleMeta META = new RuleMeta("DL3016", "npm-pin-versions", Severity.WARNING,
            "npm install names a package without pinning its version.");

    private static final Set<String> INSTALL = Set.of("install", "i", "in", "ins", "inst", "insta", "instal", "add",
            "isnt", "isnta", "isntal", "isntall");
    private static final Set<String> TAKES_VALUE = Set.of("--loglevel", "--registry", "--prefix", "--cache",
            "--userconfig", "--globalconfig", "--tag", "-w", "--workspace", "--omit", "--include",
            "--install-strategy", "--save-prefix", "--before", "--proxy", "--https-proxy", "--cafile", "--scope");
    private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");

    @Override
    void check(SimpleCommand command, UnpinnedPackages unpinned) {
        if (command.program().filter("npm"::equals).isEmpty()) {
            return;
        }
        List<ShellWord> operands = command.operands(0, TAKES_VALUE);
        if (operands.isEmpty() || !INSTALL.contains(operands.get(0).value())) {
            return;
        }
        for (ShellWord w : operands.subList(1, operands.size())) {
            String v = w.value();
            if (!pinned(v)) {
                unpinned.add(isGit(v) ? "git" : "package", w);
            }
        }
    }

    @Override
    String message(String problem, List<String> names) {
        String v = names.size() == 1 ? names.get(0) : "NAME";
        if (problem.equals("git")) {
            return UnpinnedPackages.names(names) + (names.size() == 1 ? " names" : " name")
                    + " no tag or commit, so each build takes the branch head: add #<tag-or-commit>";
        }
        return UnpinnedPackages.notPinned("package", names)
                + ", so each build installs whatever version is newest: write " + v + "@<version>"
                + (names.size() == 1 ? "" : " for each")
                + " (or list " + (names.size() == 1 ? "it" : "them") + " in package.json with a lock file and run npm ci)";
    }

    private static boolean isGit(String spec) {
        return spec.startsWith("git+") || spec.startsWith("git://") || spec.startsWith("github:");
    }

    private static boolean pinned(String spec) {
        if (isGit(spec)) {
            return spec.contains("#");
        }
        return spec.startsWith("$") || spec.startsWith("/") || spec.startsWith("./") || spec.startsWith("../")
                || spec.startsWith("~/") || spec.contains("://") || TARBALLS.stream().anyMatch(spec::endsWith)
                || spec.indexOf('@', 1) > 0;
    }
}
