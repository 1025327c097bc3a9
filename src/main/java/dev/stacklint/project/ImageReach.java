package dev.stacklint.project;

import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what a build stage holds at a path ends up in the image: a stage of the image's chain keeps it; a
 * builder stage passes it on only through a later stage built FROM it, or a {@code COPY --from} of that path or a
 * folder above it. A path or a copy source that cannot be resolved counts as reaching the image, unless the
 * source's literal start already leads elsewhere ({@code /build/app-*} never takes {@code /src}).
 */
public final class ImageReach {
    private static final int MAX_HOPS = 16;
    // `[^}$]`, not `[^}]`: each of many unclosed `${` scanned to the end of the text (quadratic)
    private static final Pattern UNDER_VARIABLE = Pattern.compile("\\$(?:\\{[^}$]*}|[A-Za-z_][A-Za-z0-9_]*)(/[^$]+)");

    private final BuiltImage image;

    public ImageReach(BuiltImage image) {
        this.image = image;
    }

    /**
     * True when what {@code copy} (in {@code stage}) writes may be in the image.
     */
    public boolean reaches(Stage stage, FileCopy copy) {
        return reaches(stage, destination(copy), 0);
    }

    /**
     * The absolute destination; for one under a variable the image defines ({@code ${GOPATH}/src/app}), the
     * literal part after it marked with a leading {@code ?} ({@code ?/src/app}).
     */
    private Optional<String> destination(FileCopy copy) {
        Scope scope = Scope.before(image.dockerfile(), copy.instruction());
        String written = copy.destination().value();
        Optional<String> dest = scope.variables().resolve(written).flatMap(d -> ContainerPaths.absolute(d, scope.workdir()));
        if (dest.isPresent()) {
            return dest;
        }
        Matcher m = UNDER_VARIABLE.matcher(written);
        return m.matches() ? Optional.of("?" + ContainerPaths.normalize(m.group(1))) : Optional.empty();
    }

    private boolean reaches(Stage stage, Optional<String> path, int hops) {
        if (hops > MAX_HOPS || image.chain().contains(stage) || path.isEmpty()) {
            return true;
        }
        Dockerfile dockerfile = image.dockerfile();
        for (Stage later : dockerfile.stages().subList(stage.index() + 1, dockerfile.stages().size())) {
            if (stage.named(later.from().image().value()) && reaches(later, path, hops + 1)) {
                return true;
            }
            for (Instruction i : later.instructions()) {
                Optional<FileCopy> copy = FileCopy.of(i);
                if (copy.isPresent() && copiesFrom(copy.get(), stage)
                        && passesOn(later, copy.get(), path.get(), hops)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a {@code COPY --from=stage} takes {@code path} (or a folder above it) into {@code into}. */
    private boolean passesOn(Stage into, FileCopy copy, String path, int hops) {
        Scope scope = Scope.before(image.dockerfile(), copy.instruction());
        for (Word source : copy.sources()) {
            Optional<String> from = scope.variables().resolve(source.value())
                    .filter(s -> !s.contains("*") && !s.contains("?") && !s.contains("["))
                    .map(ContainerPaths::normalize);
            if (from.isEmpty()) {
                if (path.startsWith("?") || takesFrom(source.value(), path)) {
                    return true;
                }
                continue;
            }
            if (path.startsWith("?")) {
                // the source lies inside the unresolved destination (`/go/src/app/bin` for `?/src/app`)
                if (from.get().contains(path.substring(1) + "/")) {
                    continue;
                }
                return true;
            }
            Optional<String> rest = ContainerPaths.below(path, from.get());
            if (rest.isPresent()) {
                Optional<String> dest = scope.variables().resolve(copy.destination().value())
                        .flatMap(d -> ContainerPaths.absolute(d, scope.workdir()))
                        .map(d -> rest.get().isEmpty() ? d : ContainerPaths.normalize(d + "/" + rest.get()));
                if (reaches(into, dest, hops + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a source that cannot be resolved ({@code /src/app-linux-$TARGETARCH}, {@code /build/app-*}) may take
     * {@code path} or a folder above it: whatever it matches starts with its literal part, so it can only when that
     * part is the start of the path. {@code /src/app-linux-} names entries in {@code /src}, never {@code /src} itself.
     */
    private static boolean takesFrom(String source, String path) {
        int cut = 0;
        while (cut < source.length() && "$*?[\\".indexOf(source.charAt(cut)) < 0) {
            cut++;
        }
        String literal = source.substring(0, cut);
        if (!literal.startsWith("/") || literal.contains("//") || literal.contains("/.")) {
            return true; // relative, or not in normal form: left to the cautious answer
        }
        return (path.equals("/") ? "/" : path + "/").startsWith(literal);
    }

    private static boolean copiesFrom(FileCopy copy, Stage stage) {
        return copy.from().map(stage::named).orElse(false);
    }

    /**
     * The stage {@code instruction} (one of this model's own) belongs to. Found by identity: a record's equality
     * would compare every word of the instruction, and costs a one-file run its first use (~6 ms).
     */
    public static Stage stageOf(Dockerfile dockerfile, Instruction instruction) {
        List<Stage> stages = dockerfile.stages();
        for (Stage s : stages) {
            for (Instruction i : s.instructions()) {
                if (i == instruction) {
                    return s;
                }
            }
        }
        return stages.get(stages.size() - 1);
    }
}
