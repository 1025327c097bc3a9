package dev.stacklint.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The names in each folder a run looks in, listed once per run. A project's folder is asked about a score of
 * names (override files, dev containers, bake files, configuration, READMEs, a lowercase {@code dockerfile}):
 * one listing answers them all, and only a name that is there costs a system call to check what it is.
 * {@link RepoRoot#newRun} starts over, so a run sees the files as they are when it starts.
 */
public final class FolderEntries {
    private static final Map<Path, Set<String>> LISTED = new ConcurrentHashMap<>();
    private static final int MAX_FOLDERS = 65_536;

    private FolderEntries() {
    }

    static void newRun() {
        LISTED.clear();
    }

    /** The names in {@code dir}, sorted; none when it is not a folder that can be read. */
    public static Set<String> names(Path dir) {
        Set<String> known = LISTED.get(dir);
        if (known != null) {
            return known;
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            names.clear(); // not a folder, or not readable: nothing to find in it
        }
        Set<String> listed = java.util.Collections.unmodifiableSet(names);
        if (LISTED.size() < MAX_FOLDERS) {
            LISTED.put(dir, listed);
        }
        return listed;
    }

    /** {@link Files#isRegularFile}, from the listing of its folder when the name is not there. */
    public static boolean isFile(Path file) {
        return listed(file) && Files.isRegularFile(file);
    }

    /** {@link Files#exists}, from the listing of its folder when the name is not there. */
    public static boolean exists(Path file) {
        return listed(file) && Files.exists(file);
    }

    private static boolean listed(Path file) {
        Path dir = file.getParent();
        Path name = file.getFileName();
        if (dir == null || name == null || name.toString().equals("..") || name.toString().equals(".")) {
            return true; // no folder to list: ask the file system
        }
        return names(dir).contains(name.toString());
    }
}
