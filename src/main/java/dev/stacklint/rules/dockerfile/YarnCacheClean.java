package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;

/**
 * DL3060: {@code yarn install} (or a bare {@code yarn}) not followed by {@code yarn cache clean} in the same RUN,
 * in a stage whose layers ship (see {@link ShippedInstructions}). A cache or tmpfs mount on yarn's cache folder
 * counts as clean.
 */
public final class YarnCacheClean implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3060", "yarn-cache-clean", Severity.INFO,
            "yarn install without yarn cache clean in the same RUN leaves yarn's cache in the layer.").in(Category.PERFORMANCE);

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            if (instruction.effective() instanceof Instruction.Run run
                    && CacheMounts.targets(run).stream().noneMatch(t -> t.endsWith("/.cache/yarn"))) {
                check(run.commands(), reporter);
            }
        }
    }

    private static void check(List<SimpleCommand> commands, Reporter reporter) {
        for (int i = 0; i < commands.size(); i++) {
            SimpleCommand c = commands.get(i);
            if (isYarn(c, "install") && commands.subList(i + 1, commands.size()).stream()
                    .noneMatch(later -> isYarn(later, "cache") && later.operands().size() > 1
                            && later.operands().get(1).value().equals("clean"))) {
                reporter.report(c.span(), "yarn keeps every package it downloads in its cache, which stays in this "
                        + "layer: end the same RUN with && yarn cache clean");
                return;
            }
        }
    }

    /** {@code yarn VERB ...}; a bare {@code yarn} (options only) means {@code yarn install}. */
    private static boolean isYarn(SimpleCommand c, String verb) {
        if (c.program().filter("yarn"::equals).isEmpty()) {
            return false;
        }
        List<String> operands = c.operands().stream().map(ShellWord::value).toList();
        return operands.isEmpty() ? verb.equals("install") : operands.get(0).equals(verb);
    }
}
