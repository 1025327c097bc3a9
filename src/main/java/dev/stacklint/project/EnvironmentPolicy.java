package dev.stacklint.project;

import dev.stacklint.source.GlobMatcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which files and services are production. In order: a forced environment ({@code --env dev|prod}),
 * then configured glob patterns and profile names ({@code environments:} in {@code .stacklint.yaml}), then names:
 * a file named {@code *.override.*}, {@code *dev*} or {@code *.local.*} is development, everything else production.
 *
 * @param forced   the environment for every file, when given on the command line
 * @param patterns configured patterns, first match wins
 * @param names    configured profile (and build target or stage) names and the environment each stands for
 */
public record EnvironmentPolicy(Optional<Environment> forced, List<Pattern> patterns, Map<String, Environment> names) {

    public EnvironmentPolicy(Optional<Environment> forced, List<Pattern> patterns) {
        this(forced, patterns, Map.of());
    }

    /** A configured pattern: files whose path matches {@code glob} are in {@code environment}. */
    public record Pattern(String glob, Environment environment) {
        boolean matches(Path file) {
            GlobMatcher m = GlobMatcher.of(glob);
            String path = file.toString().replace('\\', '/');
            return m.matches(path) || (file.getFileName() != null && m.matches(file.getFileName().toString()))
                    || (!glob.startsWith("**") && GlobMatcher.of("**/" + glob).matches(path));
        }
    }

    /** File names only, nothing forced or configured. */
    public static final EnvironmentPolicy BY_NAME = new EnvironmentPolicy(Optional.empty(), List.of());

    public Environment of(Path file) {
        if (forced.isPresent()) {
            return forced.get();
        }
        for (Pattern p : patterns) {
            if (p.matches(file)) {
                return p.environment();
            }
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean dev = name.contains(".override.") || name.contains("dev") || name.contains(".local.");
        return dev ? Environment.DEVELOPMENT : Environment.PRODUCTION;
    }

    /** A profile or build stage name that marks development: {@code dev}, {@code development}, {@code debug}... */
    public boolean isDevelopmentName(String name) {
        if (forced.isPresent()) {
            return forced.get() == Environment.DEVELOPMENT;
        }
        if (names.containsKey(name)) {
            return names.get(name) == Environment.DEVELOPMENT;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("dev") || n.startsWith("debug") || n.equals("local") || n.equals("test");
    }
}
