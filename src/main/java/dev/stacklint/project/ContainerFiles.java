package dev.stacklint.project;

import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.command.FileLookup;
import dev.stacklint.source.GlobMatcher;
import dev.stacklint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds files as a container sees them: under a bind mount (the host folder), or copied from the build context
 * by the image's COPY/ADD instructions (the last copy to a path wins). A path under a copied folder that the
 * context does not hold is absent; a path nothing copies or mounts may come from the base image and is unknown.
 */
public final class ContainerFiles {
    private static final Pattern GLOB = Pattern.compile(".*[*?\\[].*");

    private static final long MAX_SIZE = 2_000_000;
    /** A bind mount: {@code host} appears at {@code target} in the container; an unknown host hides what is there. */
    public record Mount(String target, Optional<Path> host) {
    }

    /** How many {@code COPY --from} stages one lookup follows back: each may try two paths, so it stays small. */
    private static final int MAX_STAGE_DEPTH = 6;

    private final Optional<BuiltImage> image;
    private final List<Mount> mounts;
    private final Optional<String> workdir;
    private final Function<Path, Optional<SourceFile>> reader;
    private final int stageDepth;

    public ContainerFiles(Optional<BuiltImage> image, List<Mount> mounts, Optional<String> workdir,
                          Function<Path, Optional<SourceFile>> reader) {
        this(image, mounts, workdir, reader, 0);
    }

    private ContainerFiles(Optional<BuiltImage> image, List<Mount> mounts, Optional<String> workdir,
                           Function<Path, Optional<SourceFile>> reader, int stageDepth) {
        this.stageDepth = stageDepth;
        this.image = image;
        this.mounts = mounts.stream().sorted(Comparator.comparingInt((Mount m) -> m.target().length()).reversed())
                .toList();
        this.workdir = workdir;
        this.reader = reader;
    }

    public FileLookup find(String path) {
        Optional<String> abs = ContainerPaths.absolute(path, workdir);
        if (abs.isEmpty()) {
            return FileLookup.UNKNOWN;
        }
        for (Mount m : mounts) {
            Optional<String> rel = ContainerPaths.below(abs.get(), ContainerPaths.normalize(m.target()));
            if (rel.isPresent()) {
                return m.host().map(h -> read(rel.get().isEmpty() ? h : h.resolve(rel.get()))).orElse(FileLookup.UNKNOWN);
            }
        }
        return image.map(i -> copied(i, abs.get())).orElse(FileLookup.UNKNOWN);
    }

    /**
     * The names in a folder of the container, as far as bind mounts and the image's copies from the build context
     * show them (entries the base image holds are not known); empty when nothing mounted or copied puts anything
     * there.
     */
    public Optional<Set<String>> list(String path) {
        Optional<String> abs = ContainerPaths.absolute(path, workdir).map(ContainerPaths::normalize);
        if (abs.isEmpty()) {
            return Optional.empty();
        }
        for (Mount m : mounts) {
            Optional<String> rel = ContainerPaths.below(abs.get(), ContainerPaths.normalize(m.target()));
            if (rel.isPresent()) {
                return m.host().flatMap(h -> children(rel.get().isEmpty() ? h : h.resolve(rel.get()), null));
            }
        }
        if (image.isEmpty()) {
            return Optional.empty();
        }
        BuiltImage img = image.get();
        Set<String> names = new TreeSet<>();
        boolean known = false;
        for (Instruction i : img.instructions()) {
            Optional<FileCopy> copy = FileCopy.of(i).filter(FileCopy::fromContext);
            Optional<String> destAbs = copy.flatMap(c -> destination(img, i, c));
            if (destAbs.isEmpty()) {
                continue;
            }
            for (Word source : copy.get().sources()) {
                String s = source.value();
                if (s.contains("$") || s.startsWith("<<") || s.contains("://") || GLOB.matcher(s).matches()) {
                    continue;
                }
                Path src = img.context().resolve(s.startsWith("/") ? s.substring(1) : s).normalize();
                if (!src.startsWith(img.context()) || !Files.exists(src)) {
                    continue;
                }
                String target = Files.isDirectory(src) || !destIsDir(img, i, copy.get(), destAbs.get())
                        ? destAbs.get() : destAbs.get() + "/" + src.getFileName();
                Optional<String> inside = ContainerPaths.below(abs.get(), ContainerPaths.normalize(target));
                Optional<String> under = ContainerPaths.below(ContainerPaths.normalize(target), abs.get());
                if (inside.isPresent() && Files.isDirectory(src)) {
                    Optional<Set<String>> found = children(inside.get().isEmpty() ? src : src.resolve(inside.get()), img);
                    known |= found.isPresent();
                    found.ifPresent(names::addAll);
                } else if (under.isPresent() && !under.get().isEmpty()) {
                    known = true;
                    names.add(under.get().split("/", 2)[0]);
                }
            }
        }
        return known ? Optional.of(Set.copyOf(names)) : Optional.empty();
    }

    /** The entries of a host folder (those the image's .dockerignore keeps); empty when it is no folder. */
    private static Optional<Set<String>> children(Path dir, BuiltImage img) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var entries = Files.list(dir)) {
            return Optional.of(entries.limit(1000)
                    .filter(e -> img == null || !img.ignored(img.context().relativize(e).toString().replace('\\', '/')))
                    .map(e -> e.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where a copy lands: its destination with ENV/ARG values and the working directory applied. */
    private static Optional<String> destination(BuiltImage img, Instruction i, FileCopy copy) {
        Word dest = copy.destination();
        // a destination written with ENV/ARG variables (`COPY x $APP_HOME`) resolves when they have known values
        Optional<String> destText = !dest.isLiteral()
                ? Scope.before(img.dockerfile(), i).variables().resolve(dest.value()) : Optional.of(dest.value());
        return destText.flatMap(d -> ContainerPaths.absolute(d, img.workdir(Optional.of(i))));
    }

    /** A copy onto a folder: a trailing {@code /}, several sources, or the working directory (which exists). */
    private static boolean destIsDir(BuiltImage img, Instruction i, FileCopy copy, String destAbs) {
        Word dest = copy.destination();
        return dest.value().endsWith("/") || dest.value().endsWith(".") || copy.sources().size() > 1
                || img.workdir(Optional.of(i)).map(ContainerPaths::normalize)
                .filter(w -> w.equals(ContainerPaths.normalize(destAbs))).isPresent();
    }

    private FileLookup copied(BuiltImage img, String abs) {
        List<Instruction> all = img.instructions();
        boolean underCopiedFolder = false;
        for (int k = all.size() - 1; k >= 0; k--) {
            Instruction i = all.get(k);
            Optional<FileCopy> copy = FileCopy.of(i);
            if (copy.isEmpty()) {
                continue;
            }
            List<Word> sources = copy.get().sources();
            boolean fromStage = !copy.get().fromContext();
            Optional<String> destAbs = destination(img, i, copy.get());
            if (destAbs.isEmpty()) {
                return FileLookup.UNKNOWN;
            }
            boolean destIsDir = destIsDir(img, i, copy.get(), destAbs.get());
            Optional<String> rel = ContainerPaths.below(abs, destAbs.get());
            for (Word source : sources) {
                String s = source.value();
                if (fromStage && rel.isPresent() && source.isLiteral()) {
                    Optional<SourceFile> built = fromStage(img, copy.get().from().get(), s, destIsDir, rel.get());
                    if (built.isPresent()) {
                        return new FileLookup.Found(built.get());
                    }
                }
                if (fromStage || s.contains("$") || s.startsWith("<<") || s.contains("://")) {
                    if (rel.isPresent()) {
                        return FileLookup.UNKNOWN;
                    }
                    continue;
                }
                Path src = img.context().resolve(s.startsWith("/") ? s.substring(1) : s).normalize();
                if (!src.startsWith(img.context())) {
                    continue;
                }
                Optional<Path> candidate = Optional.empty();
                if (GLOB.matcher(s).matches()) {
                    if (rel.isPresent() && !rel.get().contains("/") && src.getParent() != null) {
                        GlobMatcher glob = GlobMatcher.of(src.getFileName().toString());
                        Path c = src.getParent().resolve(rel.get());
                        candidate = Optional.of(c).filter(x -> x.getFileName() != null
                                && glob.matches(x.getFileName().toString()));
                    }
                } else if (Files.isDirectory(src)) {
                    if (rel.isPresent()) {
                        underCopiedFolder = true;
                        candidate = Optional.of(rel.get().isEmpty() ? src : src.resolve(rel.get()));
                    }
                } else {
                    String target = destIsDir ? destAbs.get() + "/" + src.getFileName() : destAbs.get();
                    candidate = Optional.of(src).filter(x -> ContainerPaths.normalize(target).equals(abs));
                }
                if (candidate.isPresent() && Files.isRegularFile(candidate.get())
                        && !img.ignored(img.context().relativize(candidate.get()).toString().replace('\\', '/'))) {
                    return read(candidate.get());
                }
            }
        }
        return underCopiedFolder || inOwnWorkdir(img, abs) ? FileLookup.ABSENT : FileLookup.UNKNOWN;
    }

    /**
     * A file that {@code COPY --from=STAGE SOURCE DEST} brings from an earlier stage of this Dockerfile, when that
     * stage copied it from the build context ({@code COPY --from=builder /src/entrypoint.sh /bin/} after the
     * builder's {@code COPY . /src}). {@code rel} is the path below the destination; the source is a file named
     * like it, or a folder that holds it. Only earlier stages are followed, and only so many, so the search ends.
     */
    private Optional<SourceFile> fromStage(BuiltImage img, String stageName, String source, boolean destIsDir,
                                           String rel) {
        Optional<Stage> stage = img.dockerfile().stage(stageName).filter(st -> st.index() < img.stage().index());
        if (stage.isEmpty() || stageDepth >= MAX_STAGE_DEPTH) {
            return Optional.empty();
        }
        String src = ContainerPaths.normalize(source.startsWith("/") ? source : "/" + source);
        List<String> candidates = new ArrayList<>();
        if (!destIsDir || rel.equals(src.substring(src.lastIndexOf('/') + 1))) {
            candidates.add(destIsDir || rel.isEmpty() ? src : src + "/" + rel);
        }
        if (destIsDir) {
            candidates.add(src + "/" + rel);
        }
        BuiltImage earlier = new BuiltImage(img.dockerfile(), img.dockerfile().chain(stage.get()), img.context(),
                img.dockerignore(), img.files());
        ContainerFiles inStage = new ContainerFiles(Optional.of(earlier), List.of(), Optional.of("/"), reader,
                stageDepth + 1);
        for (String c : candidates) {
            if (inStage.find(c) instanceof FileLookup.Found f) {
                return Optional.of(f.file());
            }
        }
        return Optional.empty();
    }

    /**
     * The path is under a working directory this Dockerfile created on a {@link PlainImages plain} image, which has
     * nothing there: only what the Dockerfile copies exists.
     */
    private static boolean inOwnWorkdir(BuiltImage img, String abs) {
        if (!PlainImages.isPlain(img.base().image().value())) {
            return false;
        }
        for (Instruction i : img.instructions()) {
            if (i instanceof Instruction.Workdir w && w.path().isLiteral()) {
                Optional<String> dir = ContainerPaths.absolute(w.path().value(), img.workdir(Optional.of(i)));
                if (dir.filter(d -> !d.equals("/") && ContainerPaths.below(abs, d).isPresent()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What each host file looked up gave: the rules and the command analysis ask for the same files (the entry
     * script, each module it imports) many times, and each ask is several system calls. Files do not change
     * during a run.
     */
    private final Map<Path, FileLookup> read = new ConcurrentHashMap<>();

    private FileLookup read(Path host) {
        FileLookup known = read.get(host);
        if (known == null) {
            known = readOnce(host);
            read.putIfAbsent(host, known);
        }
        return known;
    }

    private FileLookup readOnce(Path host) {
        try {
            if (!Files.isRegularFile(host)) {
                return Files.exists(host) ? FileLookup.UNKNOWN : FileLookup.ABSENT;
            }
            if (Files.size(host) > MAX_SIZE) {
                return FileLookup.UNKNOWN;
            }
        } catch (IOException e) {
            return FileLookup.UNKNOWN;
        }
        return reader.apply(host).<FileLookup>map(FileLookup.Found::new).orElse(FileLookup.UNKNOWN);
    }
}
