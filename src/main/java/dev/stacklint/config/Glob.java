package dev.stacklint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A file glob from a configuration file ({@code *}, {@code ?}, {@code **}, {@code {a,b}}), matched against
 * paths relative to that file's folder. A glob without {@code /} matches a file name in any folder, and a
 * leading {@code **}{@code /} also matches at the top, as in {@code .gitignore}.
 */
public record Glob(String pattern, List<PathMatcher> matchers, boolean anyFolder) {

    /** @throws java.util.regex.PatternSyntaxException when the glob is malformed */
    public static Glob of(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        p = p.startsWith("./") ? p.substring(2) : p.startsWith("/") ? p.substring(1) : p;
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
        if (p.startsWith("**/")) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)));
        }
        return new Glob(pattern, List.copyOf(matchers), !p.contains("/"));
    }

    /** True when {@code file} (absolute) matches, relative to {@code base} (absolute). */
    public boolean matches(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = base.toAbsolutePath().normalize();
        if (anyFolder && abs.getFileName() != null && matchers.get(0).matches(abs.getFileName())) {
            return true;
        }
        if (!abs.startsWith(dir)) {
            return false;
        }
        Path rel = dir.relativize(abs);
        return matchers.stream().anyMatch(m -> m.matches(rel));
    }
}
