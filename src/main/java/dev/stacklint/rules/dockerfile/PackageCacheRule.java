package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A package manager that keeps its download cache unless the same RUN cleans it after installing (yum, dnf,
 * zypper), wherever in the RUN the installing command is (an {@code if} block, a {@code ;} list). A cache or tmpfs
 * mount on the cache folder or a folder above it counts as clean, and so does an {@code rm} of either.
 */
abstract class PackageCacheRule implements DockerfileRule.WithBuilds {
    private final Predicate<SimpleCommand> installs;
    private final BiPredicate<SimpleCommand, SimpleCommand> cleans;
    private final List<String> cacheFolders;
    private final String clean;

    /**
     * @param installs     an installing command
     * @param cleans       given an installing command, a later command that cleans its cache ({@code rm} of a cache
     *                     folder counts too)
     * @param cacheFolders the cache folders
     * @param clean        the cleaning subcommand, for the message ({@code clean all})
     */
    PackageCacheRule(Predicate<SimpleCommand> installs, BiPredicate<SimpleCommand, SimpleCommand> cleans,
                     List<String> cacheFolders, String clean) {
        this.installs = installs;
        this.cleans = cleans.or((install, c) -> CacheMounts.removed(c, cacheFolders));
        this.cacheFolders = cacheFolders;
        this.clean = clean;
    }

    @Override
    public final void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            if (instruction.effective() instanceof Instruction.Run run
                    && !CacheMounts.mounted(run, cacheFolders)) {
                check(run.commands(), reporter);
            }
        }
    }

    private void check(List<SimpleCommand> commands, Reporter reporter) {
        for (int i = 0; i < commands.size(); i++) {
            SimpleCommand install = commands.get(i);
            if (installs.test(install) && commands.subList(i + 1, commands.size()).stream()
                    .noneMatch(c -> cleans.test(install, c))) {
                reporter.report(install.span(), "the packages this downloads stay in the cache and so in the layer: "
                        + "end the same RUN with && " + install.program().orElse("") + " " + clean);
                return;
            }
        }
    }
}
