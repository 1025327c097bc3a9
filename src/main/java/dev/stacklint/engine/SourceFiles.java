package dev.stacklint.engine;

import dev.stacklint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads each input file once and names it relative to the working folder. Thread-safe. */
final class SourceFiles {
    private final Path workingDir;
    private final List<String> problems;
    private final Map<Path, Optional<SourceFile>> cache = new ConcurrentHashMap<>();

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
