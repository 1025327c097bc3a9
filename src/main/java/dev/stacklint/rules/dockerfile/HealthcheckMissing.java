package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3057: an image a container runs has no HEALTHCHECK, neither in its stage nor in a stage it is built FROM.
 * {@code HEALTHCHECK NONE} counts (it says so on purpose); {@code ONBUILD HEALTHCHECK} does not (it is for images
 * built on this one). Builder stages run nothing and are not judged. Off by default, as in hadolint: many images
 * are health-checked by their orchestrator instead.
 */
public final class HealthcheckMissing implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3057", "healthcheck-missing", Severity.INFO,
            "The image has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one.")
            .in(Category.HARDENING).offByDefault();

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Stage image : builds.runningStages(dockerfile)) {
            boolean checked = dockerfile.chain(image).stream().flatMap(s -> s.instructions().stream())
                    .anyMatch(i -> i instanceof Instruction.Healthcheck);
            if (!checked) {
                reporter.report(image.from().keywordSpan().to(image.from().image().span()), "this image has no"
                        + " HEALTHCHECK, so a container that hangs still looks healthy: add HEALTHCHECK CMD with a"
                        + " probe of the app, or HEALTHCHECK NONE to say that none is wanted");
            }
        }
    }
}
