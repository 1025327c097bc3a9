package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Set;

/**
 * DL3028: {@code gem install} (or {@code gem i}) of a gem without a version: neither {@code name:version} nor
 * {@code -v}/{@code --version}. Gem names are the words right after the subcommand and its leading options; what
 * follows the next option (or {@code --}) belongs to options or to the gem's build.
 */
public final class GemPinVersions extends PinRule {
    static final RuleMeta META = new RuleMeta("DL3028", "gem-pin-versions", Severity.WARNING,
            "gem install names a gem without pinning its version.");

    private static final Set<String> VERBS = Set.of("install", "i");

    @Override
    void check(SimpleCommand command, UnpinnedPackages unpinned) {
        List<ShellWord> args = command.args();
        if (command.program().filter("gem"::equals).isEmpty() || args.isEmpty()
                || !VERBS.contains(args.get(0).value()) || command.hasOption("-v") || command.hasOption("--version")) {
            return;
        }
        int i = 1;
        while (i < args.size() && args.get(i).value().startsWith("-")) {
            i++;
        }
        for (; i < args.size() && !args.get(i).value().startsWith("-"); i++) {
            String gem = args.get(i).value();
            if (!gem.contains(":") && !gem.startsWith("$") && !gem.endsWith(".gem")) {
                unpinned.add("gem", args.get(i));
            }
        }
    }

    @Override
    String message(String problem, List<String> names) {
        String gem = names.size() == 1 ? names.get(0) : "NAME";
        return UnpinnedPackages.notPinned("gem", names)
                + ", so each build installs whatever version is newest: write " + gem + ":<version>"
                + (names.size() == 1 ? " (or add -v <version>)" : " for each");
    }
}
