package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * DL3059: a RUN of a single command right after another RUN of a single command with the same flags (comments
 * between them do not count), which could be one layer.
 */
public final class ConsecutiveRun implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3059", "consecutive-run", Severity.INFO,
            "Consecutive single-command RUN instructions could be merged into one layer.").in(Category.PERFORMANCE);

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Set<Instruction> shipped = Collections.newSetFromMap(new IdentityHashMap<>());
        shipped.addAll(ShippedInstructions.of(dockerfile, builds)); // a layer more in a builder stage ships nothing
        Instruction.Run previous = null;
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Run run && run.commands().size() == 1 && shipped.contains(run)) {
                if (previous != null && sameFlags(previous.flags(), run.flags())) {
                    int line = dockerfile.source().position(previous.span().start()).line();
                    reporter.report(run.keywordSpan(), "this RUN directly follows another one (line " + line
                            + "): join their commands with && in one RUN to save a layer");
                }
                previous = run;
            } else {
                previous = null;
            }
        }
    }

    private static boolean sameFlags(List<Flag> a, List<Flag> b) {
        return a.stream().map(f -> f.name() + "=" + f.value()).toList()
                .equals(b.stream().map(f -> f.name() + "=" + f.value()).toList());
    }
}
