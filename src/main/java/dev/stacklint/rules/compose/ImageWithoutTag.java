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

import java.util.Optional;
import java.util.Set;

/**
 * {@code image: postgres}, {@code image: postgres:latest} or another floating tag ({@code redis:alpine},
 * {@code node:lts}; configurable as {@code floating-tags}): whatever is newest when pulled. A digest pins the
 * image; a reference built from variables is judged by the defaults written for them ({@code foo:${TAG:-latest}}),
 * and not at all when one has none; with {@code build} the image names the build's result.
 */
public final class ImageWithoutTag implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL206", "image-without-tag", Severity.WARNING,
            "A service image has no version tag, or uses `latest` or another floating tag.")
            .alias("service-image-require-explicit-tag");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        FloatingTags floating = ctx.tables().floatingTags();
        Set<String> built = project.localBuilds();
        for (Service service : project.services().values()) {
            Optional<Located<ImageReference>> judged = service.imageByDefaults();
            if (judged.isEmpty() || service.build().isPresent() || judged.get().value().digest().isPresent()
                    || localBuild(service) || built.contains(judged.get().value().localIdentity())) {
                continue;
            }
            Located<ImageReference> at = judged.get();
            ImageReference image = at.value();
            String ref = image.reference();
            // foo:${TAG:-latest}: what every deployment that leaves the variables unset pulls
            String fallback = service.image().orElseThrow().value().variables()
                    ? " (the defaults written for its variables)" : "";
            if (image.tag().isEmpty()) {
                reporter.report(at.file(), at.span(), "image `" + ref + "`" + fallback
                        + " has no tag, so it means `latest` and changes with every pull; pin a version tag"
                        + " (`" + ref + ":<version>`) or a digest");
            } else {
                floating.floating(image).ifPresent(tag -> reporter.report(at.file(), at.span(), "image `" + ref
                        + "`" + fallback + " uses the `" + tag + "` tag, which changes with every pull; pin a version"
                        + " tag or a digest"));
            }
        }
    }

    /**
     * {@code pull_policy: never} (or {@code build}): the image is never pulled from a registry, it is one built here
     * ({@code image: app-dev} that another service builds, for a second process).
     */
    private static boolean localBuild(Service service) {
        return service.pullPolicy().map(p -> p.value().equals("never") || p.value().equals("build")).orElse(false);
    }
}
