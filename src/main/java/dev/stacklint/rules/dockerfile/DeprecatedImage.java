package dev.stacklint.rules.dockerfile;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** SL102: a base image or service image that is deprecated or past end of life. */
public final class DeprecatedImage implements DockerfileRule, ComposeRule {
    static final RuleMeta META = new RuleMeta("SL102", "deprecated-image", Severity.WARNING, Target.DOCKERFILE,
            "A base image or service image is deprecated or past its end of life.");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Set<String> stageNames = new HashSet<>();
        for (Stage s : dockerfile.stages()) {
            Instruction.From from = s.from();
            String written = from.image().value();
            // a variable in the tag may be given another version at build time; one before a literal tag
            // (`${REGISTRY}alpine:3.12`) only moves where the same version comes from
            ImageReference reference = ImageReference.parse(written);
            Optional<String> image = !reference.variables() ? Optional.of(written)
                    : reference.versionVariable() ? Optional.empty()
                    : Scope.before(dockerfile, from).variables().resolve(written);
            if (image.isPresent() && !stageNames.contains(image.get().toLowerCase(Locale.ROOT))) {
                String named = image.get().equals(written) ? "`" + written + "`"
                        : "`" + image.get() + "` (`" + written + "` with its ARG defaults)";
                verdict(image.get(), named, ctx).ifPresent(m -> reporter.report(from.image().span(), m));
            }
            s.name().ifPresent(n -> stageNames.add(n.toLowerCase(Locale.ROOT)));
        }
    }

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Optional<Located<ImageReference>> image = s.literalImage();
            image.ifPresent(i -> verdict(i.value().reference(), "`" + i.value().reference() + "`", ctx).ifPresent(
                    m -> reporter.report(i.file(), i.span(), m)));
        }
    }

    private static Optional<String> verdict(String image, String named, RuleContext ctx) {
        return ctx.tables().deprecated().check(image, ctx.today()).map(v -> named + ": " + v.reason() + "; " + v.advice());
    }
}
