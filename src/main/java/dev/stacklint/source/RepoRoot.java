package dev.stacklint.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The repository a file belongs to: the nearest folder above it holding {@code .git} (a folder, or a file in worktrees). */
public final class RepoRoot {
    /**
     * Whether each folder asked about holds {@code .git}, for the length of a run: a batch asks about the same
     * folders (each project's, and every folder above them) for many files, and each answer is a system call.
     * A new run ({@link #newRun}) asks again; the bound keeps a run over a huge tree from holding every folder.
     */
    private static final Map<Path, Boolean> ROOTS = new ConcurrentHashMap<>();
    private static final int MAX_FOLDERS = 65_536;

    private RepoRoot() {
    }

    /** Forgets the folders seen: a run must see a {@code .git} made since the last one. */
    public static void newRun() {
        ROOTS.clear();
    }

    public static boolean isRoot(Path dir) {
        Boolean known = ROOTS.get(dir);
        if (known != null) {
            return known;
        }
        boolean root = Files.exists(dir.resolve(".git"));
        if (ROOTS.size() < MAX_FOLDERS) {
            ROOTS.put(dir, root);
        }
        return root;
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
