package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.BundleImages;

import java.util.Optional;

/**
 * DL3067: {@code COPY --from=STAGE / /}, which copies another image's whole filesystem over this one. A bundle is
 * left alone: a stage built FROM scratch (it holds only what it copied in), or a published image that is one
 * ({@link BundleImages}), directly or as the base of the stage named.
 */
public final class CopyWholeStageRoot implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3067", "copy-whole-stage-root", Severity.WARNING, "COPY --from copies another stage's whole filesystem onto the root.");
    private static final int MAX_DEPTH = 64;

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction i : dockerfile.instructions()) {
            if (!(i.effective() instanceof Instruction.Copy copy)) {
                continue;
            }
            Optional<String> from = Instruction.flag(copy.flags(), "from").map(dev.stacklint.dockerfile.Flag::value);
            if (from.isEmpty() || !copy.destination().value().equals("/") || bundle(dockerfile, from.get(), 0)) {
                continue;
            }
            for (Word source : copy.sources()) {
                if (source.value().equals("/")) {
                    reporter.report(source.span(), "copying / from another stage onto / drags its whole filesystem "
                            + "(package databases, caches, users) into this image: copy only the folders you need");
                }
            }
        }
    }

    /** The stage or image {@code from} names is a bundle: FROM scratch, or a known bundle image. */
    private static boolean bundle(Dockerfile dockerfile, String from, int depth) {
        Optional<Stage> stage = dockerfile.stage(from);
        if (stage.isEmpty()) {
            return from.equalsIgnoreCase("scratch") || BundleImages.builtin().isBundle(from);
        }
        String base = stage.get().from().image().value();
        return depth < MAX_DEPTH && !base.equalsIgnoreCase(from) && bundle(dockerfile, base, depth + 1);
    }
}
