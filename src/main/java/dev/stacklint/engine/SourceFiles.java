package dev.stacklint.engine;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.source.BoundedRead;
import dev.stacklint.source.Limits;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.io.IOException;
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

    Optional<SourceFile> read(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return cache.computeIfAbsent(abs, p -> {
            String display = displayPath(p);
            try {
                return kept(BoundedRead.read(p, display, limits));
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

    /** One finding for each file past a limit. */
    List<Finding> overLimit() {
        return List.copyOf(overLimit.values());
    }

    String displayPath(Path abs) {
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
