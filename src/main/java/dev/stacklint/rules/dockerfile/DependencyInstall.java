package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A command that installs a project's dependencies from manifest files in the build context
 * ({@code pip install -r requirements.txt}, {@code npm ci}, {@code go mod download}...).
 *
 * @param ecosystem what it installs for: {@code python}, {@code node}, {@code ruby}, {@code go}, {@code php},
 *                  {@code maven}, {@code rust}
 * @param manifests the files to copy before it, as a phrase ({@code package.json and package-lock.json})
 * @param firstStep how to install from the manifests alone, e.g. {@code run uv sync --no-install-project}
 * @param command   the command
 */
record DependencyInstall(String ecosystem, String manifests, String firstStep, SimpleCommand command) {
    private static final Pattern PYTHON_REQUIREMENTS = Pattern.compile("(?i).*req.*(\\.(txt|in))?");

    /** The manifest and lock file names of each ecosystem: a COPY of one of them is the manifests copied first. */
    private static final Map<String, List<String>> MANIFEST_FILES = Map.of(
            "python", List.of("requirements.txt", "pyproject.toml", "setup.py", "setup.cfg", "Pipfile",
                    "Pipfile.lock", "poetry.lock", "uv.lock"),
            "node", List.of("package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock",
                    "pnpm-lock.yaml", "pnpm-workspace.yaml"),
            "ruby", List.of("Gemfile", "Gemfile.lock"),
            "go", List.of("go.mod", "go.sum"),
            "php", List.of("composer.json", "composer.lock"),
            "maven", List.of("pom.xml"),
            "rust", List.of("Cargo.toml", "Cargo.lock"));

    /** The ecosystems whose manifests a COPY source names by itself. */
    static java.util.Set<String> manifestOf(String source) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String e : MANIFEST_FILES.keySet()) {
            if (isManifest(e, source)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether a COPY source names one of the ecosystem's manifests by itself ({@code package*.json},
     * {@code requirements/base.txt}, {@code Gemfile}, a {@code requirements/} folder): its last path element,
     * globs read as globs.
     */
    static boolean isManifest(String ecosystem, String source) {
        String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals("*") || name.equals(".")) {
            return false;
        }
        // requirements.txt, requirements-dev.in, and a requirements/ folder of them
        if (ecosystem.equals("python") && PYTHON_REQUIREMENTS.matcher(name).matches()) {
            return true;
        }
        List<String> manifests = MANIFEST_FILES.getOrDefault(ecosystem, List.of());
        // a name without glob characters matches only itself: no regular expression to compile
        boolean glob = name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf(']') >= 0;
        Pattern regex = glob ? Pattern.compile(globRegex(name)) : null;
        return manifests.stream().anyMatch(m -> glob ? regex.matcher(m).matches() : m.equals(name))
                || (ecosystem.equals("ruby") && name.endsWith(".gemspec"));
    }

    /** A file-name glob ({@code *}, {@code ?}, {@code [...]}) as a regular expression. */
    private static String globRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                case '[', ']' -> sb.append(ch);
                default -> sb.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return sb.toString();
    }

    /** The command as written, shortened for a message. */
    String text() {
        String s = command.words().stream().map(ShellWord::value).collect(Collectors.joining(" "));
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static Optional<DependencyInstall> of(SimpleCommand c) {
        String program = c.program().orElse("");
        List<String> args = c.args().stream().map(ShellWord::value).toList();
        String sub = c.operands().isEmpty() ? "" : c.operands().get(0).value();
        return Optional.ofNullable(switch (program) {
            case "uv" -> uv(c, args, sub);
            case "poetry" -> sub.equals("install") ? new DependencyInstall("python", "pyproject.toml and poetry.lock",
                    "run poetry install --no-root", c) : null;
            case "pipenv" -> sub.equals("install") || sub.equals("sync")
                    ? install(c, "python", "Pipfile and Pipfile.lock") : null;
            case "npm" -> (sub.equals("ci") || sub.equals("install") || sub.equals("i"))
                    && !c.hasOption("-g") && !c.hasOption("--global")
                    ? install(c, "node", "package.json and package-lock.json") : null;
            case "yarn" -> (sub.isEmpty() || sub.equals("install")) && !args.contains("global")
                    ? install(c, "node", "package.json and yarn.lock") : null;
            case "pnpm" -> sub.equals("install") || sub.equals("i") || sub.equals("fetch")
                    ? install(c, "node", "package.json and pnpm-lock.yaml") : null;
            case "bundle", "bundler" -> sub.equals("install") ? install(c, "ruby", "Gemfile and Gemfile.lock") : null;
            case "go" -> sub.equals("mod") && args.contains("download")
                    ? install(c, "go", "go.mod and go.sum") : null;
            case "composer" -> sub.equals("install") ? install(c, "php", "composer.json and composer.lock") : null;
            case "mvn", "mvnw" -> args.stream().anyMatch(a -> a.startsWith("dependency:"))
                    ? install(c, "maven", "pom.xml") : null;
            case "cargo" -> cargo(c, args, sub);
            default -> PipNoCacheDir.isPipInstall(c) || PipNoCacheDir.isPip(c, "wheel")
                    || PipNoCacheDir.isPip(c, "download") ? pip(c, args) : null;
        });
    }

    private static DependencyInstall install(SimpleCommand c, String ecosystem, String manifests) {
        return new DependencyInstall(ecosystem, manifests, "install", c);
    }

    /**
     * {@code cargo build}, {@code cargo fetch}, {@code cargo install --path .}, and cargo-chef's
     * {@code cargo chef cook} (which builds the dependencies alone).
     */
    private static DependencyInstall cargo(SimpleCommand c, List<String> args, String sub) {
        boolean install = switch (sub) {
            case "build", "fetch" -> true;
            case "install" -> args.contains("--path");
            case "chef" -> args.contains("cook");
            default -> false;
        };
        return install ? new DependencyInstall("rust", "Cargo.toml and Cargo.lock",
                "build the dependencies alone (cargo fetch, or cargo chef cook)", c) : null;
    }

    private static DependencyInstall uv(SimpleCommand c, List<String> args, String sub) {
        if (sub.equals("sync")) {
            return new DependencyInstall("python", "pyproject.toml and uv.lock", "run uv sync --no-install-project", c);
        }
        if (sub.equals("pip") && (args.contains("install") || args.contains("sync"))) {
            return pip(c, args);
        }
        return null;
    }

    /** {@code pip install -r FILE} or {@code pip install .} / {@code -e .}; explicit package names are not. */
    private static DependencyInstall pip(SimpleCommand c, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-r") || a.equals("--requirement")) && i + 1 < args.size()) {
                return install(c, "python", args.get(i + 1));
            }
            if (a.startsWith("--requirement=") || (a.startsWith("-r") && a.length() > 2 && !a.startsWith("-r-"))) {
                return install(c, "python", a.substring(a.startsWith("--") ? "--requirement=".length() : 2));
            }
        }
        boolean sync = args.contains("sync");
        boolean project = args.stream().anyMatch(a -> a.equals(".") || a.startsWith(".[") || a.equals("./")
                || a.startsWith("./["));
        if (project) {
            return install(c, "python", "pyproject.toml (with a requirements or lock file for the dependencies)");
        }
        if (sync) {
            List<ShellWord> operands = c.operands();
            String file = operands.isEmpty() ? "requirements.txt" : operands.get(operands.size() - 1).value();
            return install(c, "python", file);
        }
        return null;
    }
}
