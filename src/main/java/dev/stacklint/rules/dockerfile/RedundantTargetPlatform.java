package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Set;

/** DL3065: {@code FROM --platform=$TARGETPLATFORM}, which is what FROM uses anyway. */
public final class RedundantTargetPlatform implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3065", "redundant-target-platform", Severity.WARNING, "FROM --platform=$TARGETPLATFORM repeats the default.").alias("RedundantTargetPlatform");

    private static final Set<String> TARGET = Set.of("$TARGETPLATFORM", "${TARGETPLATFORM}");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Stage stage : dockerfile.stages()) {
            Instruction.flag(stage.from().flags(), "platform").filter(f -> TARGET.contains(f.value())).ifPresent(
                    f -> reporter.report(f.span(), "FROM already pulls the image for the target platform: remove "
                            + "--platform=" + f.value()));
        }
    }
}
