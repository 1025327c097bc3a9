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
    /** The answer for each path asked about, which spares the walk up and the look at whether it is a folder. */
    private static final Map<Path, Optional<Path>> ANSWERS = new ConcurrentHashMap<>();
    private static final int MAX_FOLDERS = 65_536;

    private RepoRoot() {
    }

    /** Forgets the folders seen (and their listings): a run must see a {@code .git} made since the last one. */
    public static void newRun() {
        ROOTS.clear();
        ANSWERS.clear();
        FolderEntries.newRun();
    }

    public static boolean isRoot(Path dir) {
        Boolean known = ROOTS.get(dir);
        if (known != null) {
            return known;
        }
        boolean root = FolderEntries.exists(dir.resolve(".git"));
        if (ROOTS.size() < MAX_FOLDERS) {
            ROOTS.put(dir, root);
        }
        return root;
    }

    /** The repository root above {@code path} (a file or folder), if it is in a repository. */
    public static Optional<Path> of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Optional<Path> known = ANSWERS.get(abs);
        if (known != null) {
            return known;
        }
        Optional<Path> found = Optional.empty();
        for (Path dir = Files.isDirectory(abs) ? abs : abs.getParent(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                found = Optional.of(dir);
                break;
            }
        }
        if (ANSWERS.size() < MAX_FOLDERS) {
            ANSWERS.put(abs, found);
        }
        return found;
    }
}
