package dev.stacklint.ci;

import dev.stacklint.source.DockerfileFallback;
import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * An image a workflow builds: a {@code docker/build-push-action} step, a {@code docker build} or {@code docker
 * buildx build} command, a kaniko executor.
 *
 * @param at              the step's {@code uses:} or the command's words
 * @param tool            how the workflow names it ({@code docker/build-push-action}, {@code docker build})
 * @param defaultContext  the context when none is written (the repository, or the folder a command runs in);
 *                        empty when unknown
 * @param context         the build context as written, if written
 * @param file            the Dockerfile as written, if written
 * @param fileInContext   a relative {@code file} may also be found in the context (kaniko looks there too)
 * @param made            the file names earlier steps of the job write, copy or download ({@code cp x Dockerfile},
 *                        {@code > Dockerfile}, {@code actions/download-artifact} {@code path: dist}): such a path
 *                        need not be in the repository
 */
public record ImageBuild(Origin at, String tool, Optional<Path> defaultContext, Optional<PathRef> context,
                         Optional<PathRef> file, boolean fileInContext, Set<String> made) {

    public ImageBuild {
        made = Set.copyOf(made);
    }

    ImageBuild(Origin at, String tool, Optional<Path> defaultContext, Optional<PathRef> context,
               Optional<PathRef> file, boolean fileInContext) {
        this(at, tool, defaultContext, context, file, fileInContext, Set.of());
    }

    /** An earlier step of the job makes a file or folder of this name. */
    public boolean madeEarlier(Path p) {
        return p.getFileName() != null && made.contains(p.getFileName().toString());
    }

    /** The context folder, when known. */
    public Optional<Path> contextPath() {
        return context.isPresent() ? context.get().path() : defaultContext;
    }

    /** The Dockerfile it builds, when known: {@code file}, else {@code Dockerfile} (or a lone {@code dockerfile}). */
    public Optional<Path> dockerfilePath() {
        return file.isPresent() ? file.get().path()
                : contextPath().map(c -> DockerfileFallback.of(c.resolve("Dockerfile")));
    }
}
