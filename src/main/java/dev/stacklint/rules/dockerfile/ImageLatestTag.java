package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.rules.data.FloatingTags;
import dev.stacklint.rules.data.TableRule;
import dev.stacklint.rules.data.Tables;

/**
 * DL3007: a FROM image pinned to {@code :latest} or another tag that moves with every release ({@code lts},
 * {@code stable}, {@code alpine}..., configurable as {@code floating-tags}); fine when a digest pins it too.
 */
public final class ImageLatestTag implements DockerfileRule, TableRule {
    static final RuleMeta META = new RuleMeta("DL3007", "image-latest-tag", Severity.WARNING, Target.DOCKERFILE,
            "FROM uses the :latest tag (or another floating tag), which moves with every release of the image.");

    private final FloatingTags floating;

    public ImageLatestTag() {
        this(FloatingTags.BUILTIN);
    }

    public ImageLatestTag(FloatingTags floating) {
        this.floating = floating;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public Rule withTables(Tables tables) {
        return new ImageLatestTag(tables.floatingTags());
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Stage stage : dockerfile.stages()) {
            Word image = stage.from().image();
            floating.floating(ImageReference.parse(image.value())).ifPresent(tag -> reporter.report(image.span(),
                    "image " + image.value() + " uses the moving :" + tag + " tag: pin a specific version (or a"
                            + " digest) so that builds are repeatable"));
        }
    }
}
