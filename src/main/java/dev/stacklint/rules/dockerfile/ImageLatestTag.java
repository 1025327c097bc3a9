package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL3007: a FROM image pinned to the moving {@code :latest} tag (fine when a digest pins it too). */
public final class ImageLatestTag implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3007", "image-latest-tag", Severity.WARNING, Target.DOCKERFILE,
            "FROM uses the :latest tag, which moves with every release of the image.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Stage stage : dockerfile.stages()) {
            Word image = stage.from().image();
            ImageReference ref = ImageReference.parse(image.value());
            if (ref.tag().filter("latest"::equals).isPresent() && ref.digest().isEmpty()) {
                reporter.report(image.span(), "image " + image.value() + " uses the moving :latest tag: pin a "
                        + "specific version (or a digest) so that builds are repeatable");
            }
        }
    }
}
