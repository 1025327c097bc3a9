package dev.stacklint.project;

import dev.stacklint.source.GlobMatcher;
import dev.stacklint.source.RepoRoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * @param roots    the folders being linted: a file's folders below the innermost one (and below its repository's
 *                 root) are read for a development name; with none, only the file's own folder is
 */
public record EnvironmentPolicy(Optional<Environment> forced, List<Pattern> patterns, Map<String, Environment> names,
                                List<Path> roots) {

    public EnvironmentPolicy(Optional<Environment> forced, List<Pattern> patterns, Map<String, Environment> names) {
        this(forced, patterns, names, List.of());
    }

    public EnvironmentPolicy(Optional<Environment> forced, List<Pattern> patterns) {
        this(forced, patterns, Map.of());
    }

    /** This policy for a run over {@code paths} (files or folders; the folders are roots). */
    public EnvironmentPolicy linting(List<Path> paths) {
        return new EnvironmentPolicy(forced, patterns, names, paths.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(Files::isDirectory).toList());
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

    /**
     * The forced or configured environment of a file, then what its name says, then development when a folder
     * it is in (below the linted root) is named so ({@code scripts/test-environments/}, {@code .devenv/},
     * {@code docker/local/}); UNKNOWN when nothing does.
     */
    public Environment of(Path file) {
        return configured(file).orElseGet(() -> {
            Environment byName = byName(file);
            return byName == Environment.UNKNOWN && inDevelopmentFolder(file) ? Environment.DEVELOPMENT : byName;
        });
    }

    /**
     * A folder between the file and its top has a development name, or the file's repository is named as a
     * collection of examples ({@link #exampleCollection}). The top is the innermost linted folder that
     * holds the file inside its repository, else the repository's root; with neither, only the file's own folder
     * is read (the folders above a project say nothing about it: {@code ~/dev/shop/compose.yaml}).
     */
    public boolean inDevelopmentFolder(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Optional<Path> repo = RepoRoot.of(abs);
        Path top = null;
        for (Path root : roots) {
            if (abs.startsWith(root) && (repo.isEmpty() || root.startsWith(repo.get()))
                    && (top == null || root.startsWith(top))) {
                top = root;
            }
        }
        if (repo.isPresent() && repo.get().getFileName() != null
                && exampleCollection(repo.get().getFileName().toString())) {
            return true;
        }
        if (top == null) {
            top = repo.orElseGet(() -> Optional.ofNullable(abs.getParent()).map(Path::getParent).orElse(abs));
        }
        for (Path dir = abs.getParent(); dir != null && dir.getFileName() != null && dir.startsWith(top)
                && !dir.equals(top); dir = dir.getParent()) {
            if (developmentFolder(dir.getFileName().toString())) {
                return true;
            }
        }
        return false;
    }

    /** Words of a repository's name that make it a collection of examples to start from, not a deployment. */
    private static final Set<String> EXAMPLE_COLLECTION_WORDS = Set.of("example", "examples", "sample", "samples",
            "quickstart", "quickstarts");

    /**
     * The repository is itself named as a collection of examples ({@code keycloak-quickstarts},
     * {@code compose-examples}, as cloned): every file in it is a quick start to copy, as a file in an
     * {@code examples/} folder is. Only example words are read from the repository's name (a project cloned as
     * {@code dev} or {@code local} is not one; a tutorial is a project being built), and not from a linted
     * folder's (a case folder named {@code doc-example} inside a repository).
     */
    static boolean exampleCollection(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[._\\-]+")).anyMatch(EXAMPLE_COLLECTION_WORDS::contains);
    }

    /**
     * Words of a folder named for development or testing, or for examples to start from: a quick-start file
     * holds demo credentials and shortcuts that the reader is meant to replace ({@code contrib/docker-compose/},
     * {@code examples/}, {@code deploy-examples/}, {@code quickstart/}). {@code regtest} is Bitcoin's local
     * regression-test network, a throwaway chain for testing ({@code docker/regtest/}); a benchmark's stack
     * ({@code packages/benchmarks/}) is a test harness run against throwaway data; a documentation folder's Compose
     * file ({@code docs/Databases/ToroDB/PostgreSQL/docker-compose.yml}) is an example it shows, as a file named
     * {@code docs} is.
     */
    private static final Set<String> DEVELOPMENT_FOLDER_WORDS = Set.of("dev", "develop", "development", "devenv",
            "devcontainer", "local", "test", "tests", "testing", "e2e", "ci", "contrib", "example", "examples",
            "sample", "samples", "quickstart", "quickstarts", "tutorial", "tutorials", "regtest", "benchmark", "benchmarks", "doc", "docs", "documentation");

    /**
     * {@code dev}, {@code .devcontainer}, {@code test-environments}, {@code upgrade-tests}, {@code local},
     * {@code .examples}, {@code quick-start}, {@code getting-started}...
     */
    static boolean developmentFolder(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(n.split("[._\\-]+")).anyMatch(DEVELOPMENT_FOLDER_WORDS::contains)
                || n.replaceAll("[._\\-]+", "").matches("(quick|getting)start(ed)?");
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
