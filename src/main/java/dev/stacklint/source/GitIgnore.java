package dev.stacklint.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether git leaves a file out of its repository: the {@code .gitignore} files from the repository root down to
 * the file's folder, and {@code .git/info/exclude}, read as git reads them. A pattern with a {@code /} before its
 * end is anchored at its file's folder, one without matches a name at any depth; a trailing {@code /} matches
 * folders only; {@code !} re-includes; the last match wins, a deeper file over a shallower one; a file inside an
 * ignored folder is ignored whatever follows (git does not look into it). The user's global excludes file is not
 * read: it is not part of the repository, so it does not say what others get.
 */
public final class GitIgnore {
    private GitIgnore() {
    }

    /** One pattern: relative to {@code base}; {@code matcher} matches a {@code /}-separated path below it. */
    private record Rule(Path base, PathMatcher matcher, boolean anchored, boolean negated, boolean folderOnly) {
        boolean matches(Path path, boolean folder) {
            if ((folderOnly && !folder) || !path.startsWith(base)) {
                return false;
            }
            Path rel = base.relativize(path);
            return rel.getNameCount() > 0 && !rel.toString().isEmpty()
                    && (anchored ? matcher.matches(rel) : matcher.matches(rel.getFileName()));
        }
    }

    /** True when {@code file} is in a git repository and ignored there; false outside a repository. */
    public static boolean ignored(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Optional<Path> root = RepoRoot.of(abs);
        if (root.isEmpty() || !abs.startsWith(root.get()) || abs.equals(root.get())) {
            return false;
        }
        List<Rule> rules = new ArrayList<>(parse(root.get().resolve(".git/info/exclude"), root.get()));
        Path rel = root.get().relativize(abs);
        Path dir = root.get();
        for (int i = 0; i < rel.getNameCount(); i++) {
            rules.addAll(parse(dir.resolve(".gitignore"), dir));
            Path path = dir.resolve(rel.getName(i));
            boolean folder = i < rel.getNameCount() - 1;
            if (decide(rules, path, folder)) {
                return true;
            }
            dir = path;
        }
        return false;
    }

    private static boolean decide(List<Rule> rules, Path path, boolean folder) {
        boolean ignored = false;
        for (Rule r : rules) {
            if (r.matches(path, folder)) {
                ignored = !r.negated();
            }
        }
        return ignored;
    }

    private static List<Rule> parse(Path ignoreFile, Path base) {
        if (!Files.isRegularFile(ignoreFile)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(ignoreFile);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            rule(line, base).ifPresent(rules::add);
        }
        return List.copyOf(rules);
    }

    private static Optional<Rule> rule(String line, Path base) {
        String p = line.endsWith("\\ ") ? line : line.stripTrailing();
        if (p.isEmpty() || p.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = p.startsWith("!");
        if (negated || p.startsWith("\\!") || p.startsWith("\\#")) {
            p = p.substring(1);
        }
        boolean folderOnly = p.endsWith("/");
        if (folderOnly) {
            p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.contains("/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return Optional.empty();
        }
        // a leading **/ also matches at the top; braces are literal in git
        String glob = p.replace("{", "\\{").replace("}", "\\}");
        if (glob.startsWith("**/")) {
            glob = "{" + glob.substring(3) + "," + glob + "}";
        }
        try {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return Optional.of(new Rule(base, matcher, anchored, negated, folderOnly));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
