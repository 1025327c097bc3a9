package dev.stacklint.config;

import dev.stacklint.source.GlobMatcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A file glob from a configuration file ({@code *}, {@code ?}, {@code **}, {@code {a,b}}), matched against
 * paths relative to that file's folder. A glob without {@code /} matches a file name in any folder, and a
 * leading {@code **}{@code /} also matches at the top, as in {@code .gitignore}.
 */
public record Glob(String pattern, List<GlobMatcher> matchers, boolean anyFolder) {
    private static final Pattern GLOB_SPECIAL = Pattern.compile("[\\\\*?\\[\\]{}]");

    /**
     * Matching is linear in the path ({@link GlobMatcher}).
     *
     * @throws PatternSyntaxException when the glob is malformed
     */
    public static Glob of(String pattern) {
        String p = normalize(pattern);
        GlobMatcher.problem(p).ifPresent(problem -> {
            throw new PatternSyntaxException(problem, p, -1);
        });
        List<GlobMatcher> matchers = new ArrayList<>();
        matchers.add(GlobMatcher.of(p));
        if (p.startsWith("**/")) {
            matchers.add(GlobMatcher.of(p.substring(3)));
        }
        return new Glob(pattern, List.copyOf(matchers), !p.contains("/"));
    }

    /** The same glob made absolute under {@code base}, as globs over absolute paths (for whole-run settings). */
    public List<String> absolute(Path base) {
        String dir = GLOB_SPECIAL.matcher(base.toAbsolutePath().normalize().toString().replace('\\', '/'))
                .replaceAll("\\\\$0");
        String p = normalize(pattern);
        List<String> globs = new ArrayList<>(List.of(dir + "/" + p));
        if (anyFolder || p.startsWith("**/")) {
            globs.add(dir + "/**/" + (p.startsWith("**/") ? p.substring(3) : p));
        }
        return globs;
    }

    /** The pattern as matched: {@code /} separators, no leading {@code ./} or {@code /}. */
    private static String normalize(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        return p.startsWith("./") ? p.substring(2) : p.startsWith("/") ? p.substring(1) : p;
    }

    /** True when {@code file} (absolute) matches, relative to {@code base} (absolute). */
    public boolean matches(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = base.toAbsolutePath().normalize();
        if (anyFolder && abs.getFileName() != null && matchers.get(0).matches(abs.getFileName().toString())) {
            return true;
        }
        if (!abs.startsWith(dir)) {
            return false;
        }
        String rel = dir.relativize(abs).toString().replace('\\', '/');
        return matchers.stream().anyMatch(m -> m.matches(rel));
    }
}
