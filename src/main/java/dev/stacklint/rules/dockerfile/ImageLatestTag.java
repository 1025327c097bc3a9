package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.List;

/**
 * DL3007: a FROM image pinned to {@code :latest} or another tag that moves with every release ({@code lts},
 * {@code stable}, {@code alpine}..., configurable as {@code floating-tags}); fine when a digest pins it too. A FROM
 * built from variables is judged as its ARG defaults resolve it, and again as the build arguments of each Compose
 * service that builds the Dockerfile resolve it ({@code FROM python:${TAG}} with {@code TAG: latest}).
 */
public final class ImageLatestTag extends FromImageRule {
    static final RuleMeta META = new RuleMeta("DL3007", "image-latest-tag", Severity.WARNING, Target.DOCKERFILE,
            "FROM uses the :latest tag (or another floating tag), which moves with every release of the image.");

    @Override
    void report(Dockerfile dockerfile, List<ResolvedFrom> froms, RuleContext ctx, Reporter reporter) {
        for (ResolvedFrom r : froms) {
            ctx.tables().floatingTags().floating(r.image()).ifPresent(tag -> reporter.report(dockerfile.source(),
                    r.from().image().span(), "image " + r.named() + " uses the moving :" + tag + " tag: pin a"
                            + " specific version (or a digest) so that builds are repeatable"));
        }
    }
}
