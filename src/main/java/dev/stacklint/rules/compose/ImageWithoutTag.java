package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.FloatingTags;

/**
 * {@code image: postgres}, {@code image: postgres:latest} or another floating tag ({@code redis:alpine},
 * {@code node:lts}; configurable as {@code floating-tags}): whatever is newest when pulled. A digest pins the
 * image; a reference built from variables is not judged; with {@code build} the image names the build's result.
 */
public final class ImageWithoutTag implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL206", "image-without-tag", Severity.WARNING,
            "A service image has no version tag, or uses `latest` or another floating tag.")
            .alias("service-image-require-explicit-tag");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        FloatingTags floating = ctx.tables().floatingTags();
        for (Service service : project.services().values()) {
            if (service.image().isEmpty() || service.build().isPresent()) {
                continue;
            }
            Located<ImageReference> at = service.image().get();
            ImageReference image = at.value();
            if (image.variables() || image.digest().isPresent()) {
                continue;
            }
            String ref = image.reference();
            if (image.tag().isEmpty()) {
                reporter.report(at.file(), at.span(), "image `" + ref
                        + "` has no tag, so it means `latest` and changes with every pull; pin a version tag"
                        + " (`" + ref + ":<version>`) or a digest");
            } else {
                floating.floating(image).ifPresent(tag -> reporter.report(at.file(), at.span(), "image `" + ref
                        + "` uses the `" + tag + "` tag, which changes with every pull; pin a version tag or a digest"));
            }
        }
    }
}
