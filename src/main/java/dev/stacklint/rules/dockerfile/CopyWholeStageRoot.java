package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3067: {@code COPY --from=STAGE / /}, which copies another image's whole filesystem over this one. */
public final class CopyWholeStageRoot extends InstructionRule<Instruction.Copy> {
    static final RuleMeta META = new RuleMeta("DL3067", "copy-whole-stage-root", Severity.WARNING,
            Target.DOCKERFILE, "COPY --from copies another stage's whole filesystem onto the root.");

    public CopyWholeStageRoot() {
        super(Instruction.Copy.class);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(Instruction.Copy copy, Reporter reporter) {
        if (Instruction.flag(copy.flags(), "from").isPresent() && copy.destination().value().equals("/")) {
            for (Word source : copy.sources()) {
                if (source.value().equals("/")) {
                    reporter.report(source.span(), "copying / from another stage onto / drags its whole filesystem "
                            + "(package databases, caches, users) into this image: copy only the folders you need");
                }
            }
        }
    }
}
