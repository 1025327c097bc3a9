package dev.stacklint.compose;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a path written in a Compose file the way Compose does: {@code ~} is the home folder, others are relative. */
final class HostPaths {
    private HostPaths() {
    }

    /** Empty when the text cannot be a path on this system (a NUL character, say). */
    static Optional<Path> resolve(Path base, String path) {
        try {
            if (path.equals("~") || path.startsWith("~/")) {
                return Optional.of(Path.of(System.getProperty("user.home")).resolve(path.substring(Math.min(2,
                        path.length()))).normalize());
            }
            return Optional.of(base.resolve(path).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
