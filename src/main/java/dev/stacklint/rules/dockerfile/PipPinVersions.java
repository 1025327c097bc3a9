package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Set;

/**
 * DL3013: {@code pip install} (also {@code pip3}, {@code python -m pip}, {@code pipx install}) of a package
 * without a version specifier. Requirement and constraint files, local paths, archives, URLs, VCS references
 * with an {@code @ref} and packages held in variables are fine; option values are not taken for packages.
 */
public final class PipPinVersions extends PinRule {
    static final RuleMeta META = new RuleMeta("DL3013", "pip-pin-versions", Severity.WARNING,
            "pip install names a package without pinning its version.");

    /** pip and pipx options whose value is the next word. */
    private static final Set<String> TAKES_VALUE = Set.of("-r", "--requirement", "-e", "--editable", "-i",
            "--index-url", "--extra-index-url", "-f", "--find-links", "--trusted-host", "--build", "--prefix",
            "--root", "-t", "--target", "--python", "--root-user-action", "--src", "--upgrade-strategy",
            "--platform", "--python-version", "--implementation", "--abi", "--progress-bar", "--log", "--cache-dir",
            "--proxy", "--retries", "--timeout", "--exists-action", "--cert", "--client-cert", "--global-option",
            "--install-option", "-C", "--config-settings", "--only-binary", "--no-binary", "--pip-args",
            "--suffix", "--report", "--home");
    private static final List<String> ARCHIVES = List.of(".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2", ".tar");

    @Override
    void check(SimpleCommand command, UnpinnedPackages unpinned) {
        int install = installIndex(command);
        if (install < 0 || command.hasOption("-c") || command.hasOption("--constraint")) {
            return;
        }
        for (ShellWord w : command.operands(install + 1, TAKES_VALUE)) {
            String v = w.value();
            if (!pinned(v)) {
                unpinned.add(isVcs(v) ? "vcs" : "package", w);
            }
        }
    }

    @Override
    String message(String problem, List<String> names) {
        String v = names.size() == 1 ? names.get(0) : "NAME";
        if (problem.equals("vcs")) {
            return UnpinnedPackages.names(names) + (names.size() == 1 ? " names" : " name")
                    + " no tag or commit, so each build takes the branch head: add @<tag-or-commit> after the "
                    + "repository";
        }
        return UnpinnedPackages.notPinned("package", names)
                + ", so each build installs whatever version is newest: write " + v + "==<version>"
                + (names.size() == 1 ? "" : " for each") + " (or install from a requirements or lock file)";
    }

    /** The index in the arguments of {@code install} for pip, {@code python -m pip} and pipx; -1 otherwise. */
    private static int installIndex(SimpleCommand c) {
        List<ShellWord> args = c.args();
        int from = c.program().filter("pipx"::equals).isPresent() ? 0 : PipNoCacheDir.pipArgs(c);
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < args.size(); i++) {
            String v = args.get(i).value();
            if (!v.startsWith("-")) {
                return v.equals("install") ? i : -1;
            }
        }
        return -1;
    }

    private static boolean isVcs(String requirement) {
        return requirement.startsWith("git+") || requirement.startsWith("hg+") || requirement.startsWith("svn+")
                || requirement.startsWith("bzr+");
    }

    private static boolean pinned(String requirement) {
        String r = requirement.strip();
        if (isVcs(r)) {
            String path = r.substring(r.indexOf("://") + 3);
            path = path.substring(Math.max(0, path.indexOf('/')));
            int hash = path.indexOf('#');
            return (hash < 0 ? path : path.substring(0, hash)).contains("@");
        }
        return r.startsWith("$") || r.startsWith(".") || r.contains("/") || r.contains("\\")
                || ARCHIVES.stream().anyMatch(r::endsWith)
                || r.chars().anyMatch(ch -> ch == '=' || ch == '<' || ch == '>' || ch == '!' || ch == '~' || ch == '@');
    }
}
