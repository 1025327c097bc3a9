package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.List;

/**
 * DL3006: a FROM image with neither tag nor digest (not scratch, not an earlier stage, not a named build context
 * that a Compose service or bake target building this file passes). A FROM built from
 * variables is judged as its ARG defaults resolve it, and again as the build arguments of each Compose service
 * that builds the Dockerfile resolve it ({@code FROM python${TAG}} with an empty {@code TAG}).
 */
public final class ImageTagMissing extends FromImageRule {
    static final RuleMeta META = new RuleMeta("DL3006", "image-tag-missing", Severity.WARNING, Target.DOCKERFILE,
            "FROM names an image without a tag or digest, so each build takes whatever is newest.");

    @Override
    void report(Dockerfile dockerfile, List<ResolvedFrom> froms, RuleContext ctx, Reporter reporter) {
        for (ResolvedFrom r : froms) {
            if (!r.image().pinned()) {
                String image = r.image().reference();
                reporter.report(dockerfile.source(), r.from().image().span(), "image " + r.named() + " has no tag,"
                        + " so each build takes whatever is newest: pin a version, e.g. " + image + ":<version>,"
                        + " or a digest");
            }
        }
    }
}
