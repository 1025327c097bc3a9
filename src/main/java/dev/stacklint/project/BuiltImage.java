package dev.stacklint.project;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Dockerignore;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;

import dev.stacklint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The image a build produces: the stage that becomes the image ({@code target}, else the last) and the stages of
 * the same Dockerfile it is built {@code FROM}, outermost first. What the image is left with (ENV, WORKDIR, USER,
 * EXPOSE, CMD, ENTRYPOINT) is read across that chain, as Docker carries it from stage to stage.
 *
 * @param dockerfile   the parsed Dockerfile
 * @param chain        the stages from the one built on an external image to the target stage
 * @param context      the build context folder
 * @param dockerignore the ignore file in force ({@code Dockerfile.dockerignore} beside the Dockerfile, else the
 *                     context's {@code .dockerignore}), if there is one
 * @param files        reads a file (the engine's file cache): see {@link #contextFile}
 */
public record BuiltImage(Dockerfile dockerfile, List<Stage> chain, Path context, Optional<Dockerignore> dockerignore,
                         Function<Path, Optional<SourceFile>> files) {
    private static final long MAX_CONTEXT_FILE = 1_000_000;

    /**
     * The image of {@code target} (a stage name or index), or of the last stage; empty when there is no such stage.
     *
     * @param files reads the ignore file
     */
    public static Optional<BuiltImage> of(Dockerfile dockerfile, Optional<String> target, Path context,
                                          Function<Path, Optional<SourceFile>> files) {
        Optional<Stage> stage = target.isPresent() ? dockerfile.stage(target.get()) : dockerfile.finalStage();
        return stage.map(s -> new BuiltImage(dockerfile, dockerfile.chain(s), context,
                dockerignore(dockerfile.source().path(), context, files), files));
    }

    /**
     * {@link #of}, for a build whose context a tool assembles from {@code context}'s files (GoReleaser's binaries
     * and {@code extra_files}): no ignore file applies to it.
     */
    public static Optional<BuiltImage> assembled(Dockerfile dockerfile, Optional<String> target, Path context,
                                                 Function<Path, Optional<SourceFile>> files) {
        Optional<Stage> stage = target.isPresent() ? dockerfile.stage(target.get()) : dockerfile.finalStage();
        return stage.map(s -> new BuiltImage(dockerfile, dockerfile.chain(s), context, Optional.empty(), files));
    }

    private static Optional<Dockerignore> dockerignore(Path dockerfile, Path context,
                                                       Function<Path, Optional<SourceFile>> files) {
        for (Path p : List.of(dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore"),
                context.resolve(".dockerignore"))) {
            if (Files.isRegularFile(p)) {
                return files.apply(p).map(Dockerignore::parse);
            }
        }
        return Optional.empty();
    }

    /** True when the ignore file keeps {@code relativePath} (relative to the context) out of the build. */
    public boolean ignored(String relativePath) {
        return dockerignore.map(d -> d.matches(relativePath)).orElse(false);
    }

    /**
     * The file of the build context at {@code path} (as a COPY source names it, relative to the context), when the
     * context holds it as a regular file and the ignore file lets it in; empty otherwise (not there, outside the
     * context, ignored, too large, unreadable).
     */
    public Optional<SourceFile> contextFile(String path) {
        String relative = path.replaceFirst("^/+", "");
        Path file = context.resolve(relative).normalize();
        if (!file.startsWith(context.normalize()) || ignored(context.normalize().relativize(file).toString()
                .replace('\\', '/'))) {
            return Optional.empty();
        }
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_CONTEXT_FILE ? files.apply(file)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The stage that becomes the image. */
    public Stage stage() {
        return chain.get(chain.size() - 1);
    }

    /** The FROM that names an image outside this Dockerfile. */
    public Instruction.From base() {
        return chain.get(0).from();
    }

    /**
     * The external image the chain starts from, with its ARG defaults applied; empty when a variable in it has no
     * known value.
     */
    public Optional<String> baseImage() {
        String written = base().image().value();
        return written.contains("$") ? Scope.before(dockerfile, base()).variables().resolve(written)
                : Optional.of(written);
    }

    /** Every instruction of the chain, in build order. */
    public List<Instruction> instructions() {
        List<Instruction> all = new ArrayList<>();
        for (Stage s : chain) {
            all.addAll(s.instructions());
        }
        return all;
    }

    /** The last ENTRYPOINT of the chain. */
    public Optional<Instruction.Entrypoint> entrypoint() {
        return last(Instruction.Entrypoint.class);
    }

    /** The CMD in force: the last one, unless a later ENTRYPOINT reset it (as Docker does). */
    public Optional<Instruction.Cmd> cmd() {
        List<Instruction> all = instructions();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof Instruction.Cmd c) {
                return Optional.of(c);
            }
            if (all.get(i) instanceof Instruction.Entrypoint) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when the Dockerfile itself says what the image runs (otherwise the base image's command applies). */
    public boolean hasOwnCommand() {
        return entrypoint().isPresent() || cmd().isPresent();
    }

    /** True when the chain's last HEALTHCHECK gives a test (not {@code HEALTHCHECK NONE}). */
    public boolean hasHealthcheck() {
        return healthcheck().filter(h -> !h.none()).isPresent();
    }

    /** The chain's last HEALTHCHECK, the one the image keeps ({@code HEALTHCHECK NONE} included). */
    public Optional<Instruction.Healthcheck> healthcheck() {
        return last(Instruction.Healthcheck.class);
    }

    /** The last USER of the chain. */
    public Optional<Instruction.User> user() {
        return last(Instruction.User.class);
    }

    /** Every ENV pair in force, by name (the last assignment wins); {@link #end()} has their resolved values. */
    public Map<String, KeyValue> env() {
        Map<String, KeyValue> env = new LinkedHashMap<>();
        for (Instruction i : instructions()) {
            if (i instanceof Instruction.Env e) {
                e.pairs().forEach(kv -> env.put(kv.key().value(), kv));
            }
        }
        return env;
    }

    /** The working directory just before {@code at} runs (at the end of the image when {@code at} is empty). */
    public Optional<String> workdir(Optional<Instruction> at) {
        return (at.isPresent() ? Scope.before(dockerfile, at.get()) : end()).workdir();
    }

    /** The state the image is left with: ENV values resolved, WORKDIR, USER, EXPOSE. */
    public Scope end() {
        return Scope.endOf(dockerfile, stage());
    }

    private <T extends Instruction> Optional<T> last(Class<T> type) {
        List<Instruction> all = instructions();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (type.isInstance(all.get(i))) {
                return Optional.of(type.cast(all.get(i)));
            }
        }
        return Optional.empty();
    }
}
