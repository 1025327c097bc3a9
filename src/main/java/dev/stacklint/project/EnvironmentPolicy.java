package dev.stacklint.project;

import dev.stacklint.source.GlobMatcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which files and services are production. In order: a forced environment ({@code --env dev|prod}),
 * then configured glob patterns and profile names ({@code environments:} in {@code .stacklint.yaml}), then names
 * ({@link #byName}); what a Compose file's content says is read by {@link DevelopmentTells}.
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

    /** The forced or configured environment of a file, then what its name says; UNKNOWN when nothing does. */
    public Environment of(Path file) {
        return configured(file).orElseGet(() -> byName(file));
    }

    /** The environment {@code --env} or {@code environments:} gives a file, if any. */
    public Optional<Environment> configured(Path file) {
        if (forced.isPresent()) {
            return forced;
        }
        for (Pattern p : patterns) {
            if (p.matches(file)) {
                return Optional.of(p.environment());
            }
        }
        return Optional.empty();
    }

    private static final Set<String> DEVELOPMENT_WORDS = Set.of("override", "local", "test", "tests", "testing",
            "ci", "e2e", "docs", "debug", "devcontainer");
    private static final Set<String> DEVELOPMENT_FOLDERS = Set.of(".devcontainer", "dev", "develop", "development",
            "local", "test", "tests", "testing", "e2e", "ci");

    /**
     * What a file's name says: {@code *dev*} or a word such as {@code override}, {@code local}, {@code test},
     * {@code ci}, {@code docs} ({@code compose.override.yaml}, {@code docker-compose.test.yml}), or a folder
     * {@code .devcontainer/}, {@code dev/}, {@code tests/}, {@code testing/}... is development; a word starting with {@code prod}
     * ({@code docker-compose.prod.yml}, {@code compose.production.yaml}, {@code Dockerfile.prod}) or a folder
     * {@code prod/}/{@code production/} is production; anything else is UNKNOWN.
     */
    public static Environment byName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> words = List.of(name.split("[._\\-]+"));
        Path parent = file.getParent();
        String folder = parent == null || parent.getFileName() == null ? ""
                : parent.getFileName().toString().toLowerCase(Locale.ROOT);
        if (words.stream().anyMatch(w -> w.startsWith("prod")) || folder.equals("prod") || folder.equals("production")) {
            return Environment.PRODUCTION;
        }
        if (name.contains("dev") || words.stream().anyMatch(DEVELOPMENT_WORDS::contains)
                || DEVELOPMENT_FOLDERS.contains(folder)) {
            return Environment.DEVELOPMENT;
        }
        return Environment.UNKNOWN;
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
