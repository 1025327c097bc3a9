package dev.stacklint.source.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git ignores in one repository: {@code .git/info/exclude}, then the {@code .gitignore} of each folder from
 * the root down (a deeper file wins, and within a file the last matching line), with {@code !} negations; a file
 * in an ignored folder stays ignored whatever a negation says, as in git. The user's global excludes file is not
 * read. Each ignore file is read once.
 */
public final class Gitignore {
    private final Path root;
    private final Map<Path, List<GitPattern>> perFolder = new HashMap<>();
    private final Map<Path, Optional<String>> folderVerdicts = new HashMap<>();
    private final List<GitPattern> infoExclude;

    private Gitignore(Path root) {
        this.root = root;
        this.infoExclude = read(gitDir(root).resolve("info").resolve("exclude"));
    }

    /** The ignore rules of the repository whose top folder is {@code root}. */
    public static Gitignore at(Path root) {
        return new Gitignore(root.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    /**
     * Why git ignores {@code path} (absolute, inside the repository), e.g. {@code .gitignore:3: vendor/}; empty
     * when it does not. {@code dir} says whether the path is a folder.
     */
    public synchronized Optional<String> ignored(Path path, boolean dir) {
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            return Optional.empty();
        }
        Path parent = abs.getParent();
        if (!parent.equals(root)) {
            Optional<String> folder = folderVerdict(parent);
            if (folder.isPresent()) {
                return folder;
            }
        }
        return ownVerdict(abs, dir);
    }

    private Optional<String> folderVerdict(Path dir) {
        Optional<String> known = folderVerdicts.get(dir);
        if (known == null) {
            known = ignored(dir, true);
            folderVerdicts.put(dir, known);
        }
        return known;
    }

    /** The last matching line, deepest ignore file first; a negation that matches means not ignored. */
    private Optional<String> ownVerdict(Path abs, boolean dir) {
        for (Path d = abs.getParent(); d != null && d.startsWith(root); d = d.getParent()) {
            Optional<Optional<String>> decided = decide(patterns(d), d, abs, dir, label(d.resolve(".gitignore")));
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return decide(infoExclude, root, abs, dir, ".git/info/exclude").orElse(Optional.empty());
    }

    private static Optional<Optional<String>> decide(List<GitPattern> patterns, Path base, Path abs, boolean dir,
                                                     String file) {
        String rel = base.relativize(abs).toString().replace('\\', '/');
        for (int i = patterns.size() - 1; i >= 0; i--) {
            GitPattern p = patterns.get(i);
            if (p.matches(rel, dir)) {
                return Optional.of(p.negated() ? Optional.empty() : Optional.of(file + ":" + p.line() + ": " + p.text()));
            }
        }
        return Optional.empty();
    }

    private List<GitPattern> patterns(Path dir) {
        return perFolder.computeIfAbsent(dir, d -> read(d.resolve(".gitignore")));
    }

    private String label(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<GitPattern> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<GitPattern> patterns = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                GitPattern.parse(lines.get(i), i + 1).ifPresent(patterns::add);
            }
            return List.copyOf(patterns);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // an unreadable or non-UTF-8 ignore file ignores nothing
        }
    }

    /**
     * The repository's git folder: {@code .git} itself, or for a worktree ({@code .git} is a file naming its
     * git folder) the common folder that holds {@code info/exclude}.
     */
    private static Path gitDir(Path root) {
        Path dotGit = root.resolve(".git");
        if (!Files.isRegularFile(dotGit)) {
            return dotGit;
        }
        try {
            String line = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!line.startsWith("gitdir:")) {
                return dotGit;
            }
            Path dir = root.resolve(line.substring("gitdir:".length()).strip()).normalize();
            Path common = dir.resolve("commondir");
            return Files.isRegularFile(common)
                    ? dir.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize() : dir;
        } catch (IOException | java.io.UncheckedIOException e) {
            return dotGit;
        }
    }
}
