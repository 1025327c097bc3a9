package dev.stacklint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project and the shared reference material are, for tests. */
public final class TestPaths {
    private TestPaths() {
    }

    /** The project's top folder (surefire passes it; otherwise the current folder). */
    public static Path root() {
        String root = System.getProperty("stacklint.root");
        return (root == null ? Path.of("") : Path.of(root)).toAbsolutePath().normalize();
    }

    public static Path fixtures() {
        return root().resolve("fixtures");
    }

    /** {@code ../shared} beside the project (laid there for developers and CI), when present. */
    public static Optional<Path> shared() {
        Path shared = root().resolveSibling("shared");
        if (Files.isDirectory(shared)) {
            return Optional.of(shared);
        }
        Path work = Path.of("/work/shared");
        return Files.isDirectory(work) ? Optional.of(work) : Optional.empty();
    }
}
