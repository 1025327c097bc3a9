package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * DL3006: a FROM image with neither tag nor digest (not scratch, not an earlier stage, not a variable, not a named
 * build context that a Compose service or bake target building this file passes).
 */
public final class ImageTagMissing implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3006", "image-tag-missing", Severity.WARNING, Target.DOCKERFILE,
            "FROM names an image without a tag or digest, so each build takes whatever is newest.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        check(dockerfile, Builds.ALONE, reporter);
    }

    @Override
    public void check(Dockerfile dockerfile, Builds builds, Reporter reporter) {
        Set<String> earlierStages = new HashSet<>();
        for (Stage stage : dockerfile.stages()) {
            Word image = stage.from().image();
            String name = image.value().toLowerCase(Locale.ROOT);
            if (!name.contains("$") && !name.equals("scratch") && !earlierStages.contains(name)
                    && !builds.namesContext(name)) {
                if (!ImageReference.parse(image.value()).pinned()) {
                    reporter.report(image.span(), "image " + image.value() + " has no tag, so each build takes "
                            + "whatever is newest: pin a version, e.g. " + image.value() + ":<version>, or a digest");
                }
            }
            stage.name().ifPresent(n -> earlierStages.add(n.toLowerCase(Locale.ROOT)));
        }
    }
}
