package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3012: more than one HEALTHCHECK in a stage; only the last one takes effect. */
public final class MultipleHealthcheck implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3012", "multiple-healthcheck", Severity.ERROR,
            "A stage has more than one HEALTHCHECK; only the last one takes effect.")
            .alias("MultipleInstructionsDisallowed");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        RepeatedInstruction.check(dockerfile, reporter, Instruction.Healthcheck.class, "HEALTHCHECK");
    }
}
