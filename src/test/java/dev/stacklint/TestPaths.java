package dev.stacklint;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * {@code ../shared} beside the project (laid there for developers and CI). The suites that read it fail, rather
     * than skip, when it is missing: a green run must mean they ran.
     */
    public static Path shared() {
        Path shared = root().resolveSibling("shared");
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("the shared reference material is missing: expected " + shared
                    + " beside the project (developers and CI have it there)");
        }
        return shared;
    }

    /** A file or folder under {@link #shared()}, which must exist. */
    public static Path shared(String relative) {
        Path path = shared().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing shared reference material: " + path);
        }
        return path;
    }
}
