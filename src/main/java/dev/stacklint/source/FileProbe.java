package dev.stacklint.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a rule may ask of the file system beyond the files it is given: whether a path is there, what a folder
 * holds, and the text of a small file (a package manifest). Rules ask this, never {@link Files}, so that the engine
 * answers each question once per run and with the texts that stand for files ({@code --diff}'s later passes,
 * standard input) counted as files.
 */
public interface FileProbe {
    /** The disk as it is, asked afresh each time. */
    FileProbe DISK = new FileProbe() {
        @Override
        public boolean isFile(Path path) {
            return Files.isRegularFile(path);
        }

        @Override
        public boolean isDirectory(Path path) {
            return Files.isDirectory(path);
        }

        @Override
        public List<Path> list(Path dir) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.sorted().toList();
            } catch (IOException | UncheckedIOException | SecurityException e) {
                return List.of(); // an unreadable folder holds nothing a rule can judge
            }
        }

        @Override
        public Optional<String> read(Path path, long maxBytes) {
            try {
                if (!Files.isRegularFile(path) || Files.size(path) > maxBytes) {
                    return Optional.empty();
                }
                return Optional.of(Files.readString(path));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable, or not UTF-8: nothing a rule can judge
            }
        }
    };

    /** True for a regular file (a link to one included). */
    boolean isFile(Path path);

    /** True for a folder (a link to one included). */
    boolean isDirectory(Path path);

    /** The entries of folder {@code dir}, sorted; none when it is not a readable folder. */
    List<Path> list(Path dir);

    /** The UTF-8 text of the regular file at {@code path} when it is at most {@code maxBytes} long; else empty. */
    Optional<String> read(Path path, long maxBytes);

    /** True when something is at {@code path}. */
    default boolean exists(Path path) {
        return isFile(path) || isDirectory(path);
    }
}
