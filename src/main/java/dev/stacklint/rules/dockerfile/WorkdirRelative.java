package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3000: WORKDIR with a relative path (a variable or a Windows drive path counts as absolute). */
public final class WorkdirRelative extends InstructionRule<Instruction.Workdir> {
    static final RuleMeta META = new RuleMeta("DL3000", "workdir-relative", Severity.ERROR,
            "WORKDIR is given a relative path, which depends on whatever directory came before.").alias("WorkdirRelativePath");

    public WorkdirRelative() {
        super(Instruction.Workdir.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Workdir workdir, Reporter reporter) {
        Word path = workdir.path();
        if (!path.value().isEmpty() && !Paths.isAbsoluteOrVariable(path.value())) {
            reporter.report(path.span(), "WORKDIR " + path.value() + " is relative to the working directory "
                    + "left by the base image or an earlier WORKDIR: write an absolute path, e.g. /"
                    + path.value().replaceFirst("^(\\./)+", ""));
        }
    }
}
