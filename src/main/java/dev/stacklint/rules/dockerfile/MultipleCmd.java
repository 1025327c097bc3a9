package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL4003: more than one CMD in a stage; only the last one takes effect. */
public final class MultipleCmd implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL4003", "multiple-cmd", Severity.WARNING,
            "A stage has more than one CMD; only the last one takes effect.")
            .alias("MultipleInstructionsDisallowed");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        RepeatedInstruction.check(dockerfile, reporter, Instruction.Cmd.class, "CMD");
    }
}
