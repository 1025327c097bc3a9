package dev.stacklint.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository a file belongs to: the nearest folder above it holding {@code .git} (a folder, or a file in worktrees). */
public final class RepoRoot {
    private RepoRoot() {
    }

    public static boolean isRoot(Path dir) {
        return Files.exists(dir.resolve(".git"));
    }

    /** The repository root above {@code path} (a file or folder), if it is in a repository. */
    public static Optional<Path> of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        for (Path dir = Files.isDirectory(abs) ? abs : abs.getParent(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
