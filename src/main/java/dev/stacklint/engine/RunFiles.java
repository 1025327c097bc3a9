package dev.stacklint.engine;

import dev.stacklint.source.FileProbe;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The file system as the rules see it during one run: each question is asked of the disk once, and a file a text
 * stands for (standard input, a file an earlier {@code --diff} pass fixed or created) is there whatever the disk
 * holds. Thread-safe.
 */
final class RunFiles implements FileProbe {
    private final Set<Path> standIns;
    private final Map<Path, Boolean> files = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Read, Optional<String>> texts = new ConcurrentHashMap<>();

    private record Read(Path path, long maxBytes) {
    }

    RunFiles(Set<Path> standIns) {
        this.standIns = Set.copyOf(standIns.stream().map(RunFiles::absolute).toList());
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public boolean isFile(Path path) {
        Path abs = absolute(path);
        return standIns.contains(abs) || files.computeIfAbsent(abs, DISK::isFile);
    }

    @Override
    public boolean isDirectory(Path path) {
        return folders.computeIfAbsent(absolute(path), DISK::isDirectory);
    }

    @Override
    public List<Path> list(Path dir) {
        Path abs = absolute(dir);
        // names, so that the entries read as dir/name whichever way the caller wrote dir
        List<Path> names = listings.computeIfAbsent(abs, d -> Stream.concat(
                DISK.list(d).stream(), standIns.stream().filter(s -> d.equals(s.getParent())))
                .map(Path::getFileName).distinct().sorted().toList());
        return names.stream().map(dir::resolve).toList();
    }

    /** The disk's text, read once per run (a stand-in's text is not known here). */
    @Override
    public Optional<String> read(Path path, long maxBytes) {
        return texts.computeIfAbsent(new Read(absolute(path), maxBytes), r -> DISK.read(r.path(), r.maxBytes()));
    }
}
