package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * SL114: an empty line inside a continued instruction. Docker skips it today, but a future Dockerfile syntax
 * will end the instruction there. Instructions with heredocs are not judged: their bodies may hold empty lines.
 */
public final class NoEmptyContinuation implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL114", "no-empty-continuation", Severity.WARNING,
            "An empty line inside a continued instruction.").alias("NoEmptyContinuation");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        SourceFile source = dockerfile.source();
        for (Instruction i : dockerfile.instructions()) {
            if (hasHeredoc(i.effective())) {
                continue;
            }
            int first = source.position(i.span().start()).line();
            int last = source.position(i.span().end()).line();
            List<Integer> empty = new ArrayList<>();
            for (int line = first + 1; line < last; line++) {
                if (source.line(line).isBlank()) {
                    empty.add(line);
                }
            }
            if (!empty.isEmpty()) {
                reporter.report(i.keywordSpan(), "empty continuation line" + (empty.size() > 1 ? "s " : " ")
                        + join(empty) + " inside this " + source.slice(i.keywordSpan()).toUpperCase(java.util.Locale.ROOT)
                        + ": remove " + (empty.size() > 1 ? "them" : "it")
                        + " (a future Dockerfile syntax ends the instruction there)");
            }
        }
    }

    private static boolean hasHeredoc(Instruction i) {
        return switch (i) {
            case Instruction.Run r -> !r.heredocs().isEmpty();
            case Instruction.Copy c -> !c.heredocs().isEmpty();
            case Instruction.Add a -> !a.heredocs().isEmpty();
            default -> false;
        };
    }

    private static String join(List<Integer> lines) {
        return lines.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
