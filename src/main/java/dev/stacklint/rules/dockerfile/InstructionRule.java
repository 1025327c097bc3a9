package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;

/** A rule that looks at each instruction of one kind on its own, ONBUILD triggers included. */
abstract class InstructionRule<T extends Instruction> implements DockerfileRule {
    private final Class<T> type;

    InstructionRule(Class<T> type) {
        this.type = type;
    }

    @Override
    public final void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (type.isInstance(instruction.effective())) {
                check(dockerfile, type.cast(instruction.effective()), reporter);
            }
        }
    }

    /** One instruction of the type ({@code dockerfile} for what a fix needs: the keyword as written, the escape). */
    abstract void check(Dockerfile dockerfile, T instruction, Reporter reporter);
}
