package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Reporter;

/**
 * Finds an instruction that is repeated within one stage (instructions before the first FROM count as a stage)
 * when only the last one takes effect. ONBUILD triggers are not counted: they act in child builds.
 */
final class RepeatedInstruction {
    private RepeatedInstruction() {
    }

    /**
     * Reports every {@code type} instruction that follows another one in the same stage.
     *
     * @param what the instruction's keyword, for the message ({@code "CMD"}, {@code "HEALTHCHECK"})
     */
    static void check(Dockerfile dockerfile, Reporter reporter, Class<? extends Instruction> type, String what) {
        Instruction previous = null;
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.From) {
                previous = null;
            } else if (type.isInstance(instruction)) {
                if (previous != null) {
                    int line = dockerfile.source().position(previous.span().start()).line();
                    reporter.report(instruction.keywordSpan(), what + " already appears on line " + line + " of this "
                            + "stage, and only the last one takes effect: remove the one that is not meant");
                }
                previous = instruction;
            }
        }
    }
}
