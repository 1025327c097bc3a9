package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3023: {@code COPY --from} names the stage the COPY is in (by name or index). */
public final class CopyFromOwnStage implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3023", "copy-from-own-stage", Severity.ERROR,
            "COPY --from names the stage it is in; a stage cannot copy from itself.");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (CopyFrom copy : CopyFrom.all(dockerfile)) {
            String source = copy.source();
            boolean self = copy.stageName().filter(source::equalsIgnoreCase).isPresent()
                    || (copy.stageIndex() >= 0 && source.equals(String.valueOf(copy.stageIndex())));
            if (self) {
                reporter.report(copy.flag().span(), "--from=" + source + " is the stage this COPY is in, which "
                        + "does not exist yet while it builds: copy from an earlier stage, or from the build context "
                        + "without --from");
            }
        }
    }
}
