package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3029: FROM with a fixed {@code --platform}; a value from a variable ({@code $BUILDPLATFORM}...) is fine. */
public final class FromPlatformFlag implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3029", "from-platform-flag", Severity.WARNING,
            "FROM pins --platform to a fixed value, which breaks builds for other platforms.").alias("FromPlatformFlagConstDisallowed");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Stage stage : dockerfile.stages()) {
            Instruction.flag(stage.from().flags(), "platform").filter(Flag::isLiteral).ifPresent(
                    f -> reporter.report(f.span(), "--platform=" + f.value() + " forces one platform whatever the "
                            + "build asks for: drop it and pass --platform to docker build, or use "
                            + "--platform=$BUILDPLATFORM for a stage that cross-compiles"));
        }
    }
}
