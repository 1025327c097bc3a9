package dev.stacklint.engine;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.source.SourceFile;

import java.io.IOException;
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

    Optional<SourceFile> read(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return cache.computeIfAbsent(abs, p -> {
            String display = displayPath(p);
            try {
                return Optional.of(SourceFile.read(p, display));
            } catch (IOException e) {
                problems.add(display + ": cannot read file: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
                return Optional.empty();
            }
        });
    }

    /** The file at {@code path} parsed as a Dockerfile, the same model for every caller (rules, stacks). */
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
