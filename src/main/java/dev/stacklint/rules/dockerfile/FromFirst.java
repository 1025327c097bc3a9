package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3061: an instruction other than ARG before the first FROM (parser directives and comments are fine). */
public final class FromFirst implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3061", "from-first", Severity.ERROR,
            "An instruction other than ARG comes before the first FROM.");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.From) {
                return;
            }
            if (!(instruction instanceof Instruction.Arg)) {
                reporter.report(instruction.keywordSpan(), instruction.keyword() + " comes before the first FROM, "
                        + "where only ARG is allowed: move it below FROM");
            }
        }
    }
}
