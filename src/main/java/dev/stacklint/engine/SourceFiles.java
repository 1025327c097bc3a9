package dev.stacklint.engine;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.source.BoundedRead;
import dev.stacklint.source.Limits;
import dev.stacklint.source.ReadProblem;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each input file once, within the {@link Limits}, parses each Dockerfile once, and names files relative to the
 * working folder. A file past a limit is not handed to any parser: it is an {@code SL010} finding where the limit
 * was crossed. Thread-safe.
 */
final class SourceFiles {
    private final Path workingDir;
    private final List<String> problems;
    private final Limits limits;
    private final Map<Path, Optional<SourceFile>> cache = new ConcurrentHashMap<>();
    private final Map<Path, Finding> overLimit = new ConcurrentHashMap<>();
    private final Map<Path, Dockerfile> dockerfiles = new ConcurrentHashMap<>();

    SourceFiles(Path workingDir, List<String> problems, Limits limits) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.problems = problems;
        this.limits = limits;
    }

    /** The file at {@code path}, read once; none when it cannot be read at all (a stack's missing file). */
    Optional<SourceFile> read(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Optional<SourceFile> known = cache.get(abs);
        if (known != null) {
            return known.filter(SourceFiles::wasRead);
        }
        Optional<SourceFile> kept;
        try {
            kept = kept(BoundedRead.read(abs, displayPath(abs), limits));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty(); // not read at all: input() reports why, a stack's reference just has no file
        }
        return cache.computeIfAbsent(abs, p -> kept);
    }

    /**
     * A lint input: the file at {@code path}, or, when it cannot be read at all, a file without text that says
     * why ({@link SourceFile#readProblem()}), listed among the files linted.
     */
    SourceFile input(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Optional<SourceFile> read = read(abs);
        if (read.isPresent()) {
            return read.get();
        }
        Finding over = overLimit.get(abs);
        if (over != null) {
            return over.file();
        }
        SourceFile unreadable = SourceFile.readOrUnreadable(abs, displayPath(abs));
        cache.put(abs, Optional.of(unreadable));
        return unreadable;
    }

    private static boolean wasRead(SourceFile file) {
        return file.readProblem().filter(r -> r.kind() == ReadProblem.Kind.UNREADABLE).isEmpty();
    }

    /**
     * The file at {@code path} parsed as a Dockerfile, the same model for every caller (rules, stacks); none for a
     * file that cannot be read at all.
     */
    Optional<Dockerfile> dockerfile(Path path) {
        return read(path).map(src -> dockerfiles.computeIfAbsent(src.path(), p -> DockerfileParser.parse(src)));
    }

    /** Lets go of {@code path}'s Dockerfile model once every reader is done with it (its text stays for the report). */
    void forget(Path path) {
        dockerfiles.remove(path.toAbsolutePath().normalize());
    }

    /** Makes {@code path} read as {@code text} (standard input standing for that file), whatever is on disk. */
    void seed(Path path, String text) {
        Path abs = path.toAbsolutePath().normalize();
        cache.put(abs, kept(BoundedRead.of(abs, displayPath(abs), text, limits)));
    }

    private Optional<SourceFile> kept(BoundedRead read) {
        if (read.crossing().isEmpty()) {
            return Optional.of(read.file());
        }
        int at = read.crossing().get().offset();
        overLimit.put(read.file().path(), new Finding(ParseRules.INPUT_LIMIT.meta(), ParseRules.INPUT_LIMIT.meta().severity(),
                read.file(), new Span(at, at), read.crossing().get().message()));
        return Optional.empty();
    }

    /** True for a file read only up to a limit: it is reported once (SL010) and not parsed. */
    boolean overLimit(Path path) {
        return overLimit.containsKey(path.toAbsolutePath().normalize());
    }

    /** One finding for each file past a limit. */
    List<Finding> overLimit() {
        return List.copyOf(overLimit.values());
    }

    String displayPath(Path abs) {
        return displayPath(workingDir, abs);
    }

    /** How reports name {@code abs}: relative to {@code workingDir} (absolute, normalised) where possible. */
    static String displayPath(Path workingDir, Path abs) {
        String rel = workingDir.getRoot().equals(abs.getRoot()) ? workingDir.relativize(abs).toString() : abs.toString();
        return rel.isEmpty() ? abs.getFileName().toString() : rel.replace('\\', '/');
    }

    List<SourceFile> all() {
        List<SourceFile> files = new ArrayList<>();
        cache.values().forEach(o -> o.ifPresent(files::add));
        overLimit.values().forEach(f -> files.add(f.file()));
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return files;
    }
}
