package dev.stacklint.engine;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.source.ReadProblem;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads each input file once, parses each Dockerfile once, and names files relative to the working folder. Thread-safe. */
final class SourceFiles {
    private final Path workingDir;
    private final List<String> problems;
    private final Map<Path, Optional<SourceFile>> cache = new ConcurrentHashMap<>();
    private final Map<Path, Dockerfile> dockerfiles = new ConcurrentHashMap<>();

    SourceFiles(Path workingDir, List<String> problems) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /** The file at {@code path}, read once; none when it cannot be read at all (a stack's missing file). */
    Optional<SourceFile> read(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Optional<SourceFile> known = cache.get(abs);
        if (known != null) {
            return known.filter(SourceFiles::wasRead);
        }
        SourceFile file = SourceFile.readOrUnreadable(abs, displayPath(abs));
        if (!wasRead(file)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(abs, p -> Optional.of(file));
    }

    /**
     * A lint input: the file at {@code path}, or, when it cannot be read at all, a file without text that says
     * why ({@link SourceFile#readProblem()}), listed among the files linted.
     */
    SourceFile input(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return cache.computeIfAbsent(abs, p -> Optional.of(SourceFile.readOrUnreadable(p, displayPath(p)))).orElseThrow();
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

    /** Makes {@code path} read as {@code text} (standard input standing for that file), whatever is on disk. */
    void seed(Path path, String text) {
        Path abs = path.toAbsolutePath().normalize();
        cache.put(abs, Optional.of(new SourceFile(abs, displayPath(abs), text)));
    }

    String displayPath(Path abs) {
        String rel = workingDir.getRoot().equals(abs.getRoot()) ? workingDir.relativize(abs).toString() : abs.toString();
        return rel.isEmpty() ? abs.getFileName().toString() : rel.replace('\\', '/');
    }

    List<SourceFile> all() {
        List<SourceFile> files = new ArrayList<>();
        cache.values().forEach(o -> o.ifPresent(files::add));
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return files;
    }
}
