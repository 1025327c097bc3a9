package dev.stacklint.project;

import dev.stacklint.compose.Command;
import dev.stacklint.compose.EnvFile;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.source.FolderEntries;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.PlainYaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What says that a file whose name is neutral ({@code docker-compose.yml}, {@code Dockerfile}) is a development
 * one: a production sibling ({@code docker-compose.prod.yml}, {@code Dockerfile.prod}, a {@code prod/} folder), and
 * for a Compose file its header comment, the README beside it ({@link ReadmeTells}), or a service that loads
 * {@code .env.dev}, sets {@code NODE_ENV=development} or runs a development command ({@code runserver},
 * {@code nodemon}, {@code flask run --debug}, {@code --reload} over a source bind mount).
 */
public final class DevelopmentTells {
    private static final Pattern HEADER = Pattern.compile("(?i)\\b(for|local) (the )?development\\b"
            + "|\\bdevelopment (setup|only|purposes?|environment|use)\\b|\\bnot (meant |intended |suitable )?"
            + "for production\\b|\\bdo not use (this )?(file )?in production\\b");
    private static final Set<String> ENV_KEYS = Set.of("NODE_ENV", "RAILS_ENV", "RACK_ENV", "APP_ENV", "FLASK_ENV",
            "ENVIRONMENT", "ENV", "DJANGO_ENV", "MIX_ENV", "ASPNETCORE_ENVIRONMENT", "APP_ENVIRONMENT");
    private static final Set<String> DEV_VALUES = Set.of("dev", "development", "local");

    private DevelopmentTells() {
    }

    /** A Compose file with a neutral name, and the services it defines. */
    public static boolean compose(SourceFile file, List<Service> services) {
        return productionSibling(file.path(), true) || header(file.text()) || ReadmeTells.says(file.path())
                || services.stream().anyMatch(s -> service(s, file.path())) || developmentBuilds(services);
    }

    /** A Dockerfile with a neutral name beside a production one ({@code Dockerfile.prod}, {@code prod.Dockerfile}). */
    public static boolean dockerfile(Path dockerfile) {
        return productionSibling(dockerfile, false);
    }

    /**
     * A file beside this one whose name says production, of the same kind: a Compose file
     * ({@code docker-compose.prod.yml}, {@code compose.production.yaml}, {@code production.yml},
     * {@code docker-stack.yml}, or YAML in a {@code prod/} folder) or a Dockerfile.
     */
    private static boolean productionSibling(Path file, boolean compose) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return false;
        }
        String self = file.getFileName().toString();
        // names first: only a name that could tell costs a look at what it is
        return FolderEntries.names(folder).stream().filter(name -> !name.equals(self)).anyMatch(name -> {
            Path p = folder.resolve(name);
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("prod") || n.equals("production")) {
                return compose && Files.isDirectory(p) && holdsYaml(p);
            }
            boolean tells;
            if (compose) {
                boolean yaml = n.endsWith(".yml") || n.endsWith(".yaml");
                tells = yaml && (n.startsWith("docker-stack") || (EnvironmentPolicy.byName(p) == Environment.PRODUCTION
                        && (n.contains("compose") || n.matches("prod(uction)?\\.ya?ml")) && standalone(p)));
            } else {
                tells = n.contains("dockerfile") && EnvironmentPolicy.byName(p) == Environment.PRODUCTION;
            }
            return tells && !Files.isDirectory(p);
        });
    }

    /**
     * A production Compose file that runs on its own: one of its services names an {@code image} or a {@code build}.
     * One that only overrides ({@code command: yarn start}) is combined with the base file
     * ({@code -f docker-compose.yml -f docker-compose.prod.yml}), which then serves production too.
     */
    private static boolean standalone(Path file) {
        try {
            Object root = PlainYaml.load(Files.readString(file));
            if (root instanceof Map<?, ?> top && top.get("services") instanceof Map<?, ?> services) {
                return services.values().stream().anyMatch(v -> v instanceof Map<?, ?> m
                        && (m.containsKey("image") || m.containsKey("build")));
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // unreadable: lean towards the base being the development file
        }
    }

    /**
     * No main Compose file beside this one: none that {@code docker compose} reads by default
     * ({@code docker-compose.yml}, {@code compose.yaml}...) and none named for production. A file beside one is an
     * add-on meant to be combined with it ({@code -f docker-compose.yml -f docker-compose-db.yml}); add-ons side by
     * side with no main file ({@code docker-compose.database.yml}, {@code docker-compose.auth.yml}) each start
     * what a developer runs beside an app on the host.
     */
    public static boolean noMainComposeFileBeside(Path composeFile) {
        Path folder = composeFile.toAbsolutePath().getParent();
        if (folder == null) {
            return true;
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.filter(p -> !p.getFileName().equals(composeFile.getFileName())).noneMatch(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.matches("(docker-)?compose(\\.override)?\\.ya?ml") || (n.contains("compose")
                        && n.matches(".*\\.ya?ml") && EnvironmentPolicy.byName(p) == Environment.PRODUCTION);
            });
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean holdsYaml(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("(?i).*\\.ya?ml"));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The comment at the top of the file says it is for development. Its licence paragraphs are skipped (a header
     * often starts with one), and so are list items, which speak of a part, not of the file
     * ({@code # - just-backend: every service but the web app, for local development}).
     */
    static boolean header(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\n", 80)) {
            String t = line.strip();
            if (t.isEmpty() || t.matches("#+") || t.equals("---")) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            } else if (t.startsWith("#")) {
                String words = t.replaceFirst("^#+\\s*", "");
                if (!LIST_ITEM.matcher(words).lookingAt()) {
                    paragraph.append(words).append(' ');
                }
            } else {
                break;
            }
        }
        paragraphs.add(paragraph.toString());
        // Markdown emphasis (`**development** setup`) does not change what it says
        return paragraphs.stream().filter(p -> !LICENCE.matcher(p).find())
                .anyMatch(p -> HEADER.matcher(p.replaceAll("[*_`]", "")).find());
    }

    private static final Pattern LIST_ITEM = Pattern.compile("([-*+]|\\d+[.)])\\s");
    private static final Pattern LICENCE = Pattern.compile("(?i)\\blicen[cs]e|\\bcopyright\\b|\\bspdx-");

    private static boolean service(Service s, Path composeFile) {
        if (s.envFiles().stream().anyMatch(DevelopmentTells::developmentEnvFile) || developmentContext(s)
                || s.volumes().stream().anyMatch(DevelopmentTells::desktopMount)) {
            return true;
        }
        for (NamedValue nv : s.environment()) {
            String key = nv.name().value().toUpperCase(Locale.ROOT);
            String value = nv.value().map(v -> v.value().trim().toLowerCase(Locale.ROOT)).orElse("");
            if ((ENV_KEYS.contains(key) && DEV_VALUES.contains(value))
                    || (key.equals("DJANGO_SETTINGS_MODULE") && value.matches(".*[._](dev|local|development)"))) {
                return true;
            }
        }
        List<String> words = Stream.concat(s.entrypoint().stream(), s.command().stream())
                .map(Command::words).flatMap(List::stream)
                .flatMap(w -> Stream.of(w.trim().split("\\s+"))).toList();
        return developmentCommand(words) || (words.stream().anyMatch(w -> w.startsWith("--reload"))
                && sourceMounted(s, composeFile));
    }

    /**
     * Built from a folder named for development: {@code build: ./docker/local/8.3}, {@code context: dev}. A test
     * folder is not enough here: a production file may build its end-to-end test runner from {@code ./e2e}.
     */
    private static boolean developmentContext(Service s) {
        return s.build().map(b -> developmentName(b.context().value())).orElse(false);
    }

    /**
     * Every service that builds an image builds it from a Dockerfile named for development
     * ({@code dockerfile: development.Dockerfile}, {@code Dockerfile.dev}): the file runs development images only.
     * One such service beside others is a development service of a file that may serve production too.
     */
    private static boolean developmentBuilds(List<Service> services) {
        List<Service> building = services.stream().filter(s -> s.build().isPresent()).toList();
        return !building.isEmpty() && building.stream().allMatch(s -> s.build().get().dockerfile()
                .map(d -> developmentName(d.value())).orElse(false));
    }

    private static boolean developmentName(String path) {
        return !path.contains("$") && !path.contains("://") && Stream.of(path.toLowerCase(Locale.ROOT).split("[/\\\\]"))
                .flatMap(part -> Stream.of(part.split("[._-]+"))).anyMatch(DEVELOPMENT_CONTEXT::contains);
    }

    /**
     * A bind mount with {@code :cached} or {@code :delegated}: these tune the file sharing of Docker Desktop on macOS
     * and do nothing on Linux, so the file is written for a developer's laptop, not for a server.
     */
    private static boolean desktopMount(VolumeMount v) {
        return v.type() == VolumeMount.Type.BIND && v.consistency().map(Located::value)
                .filter(c -> c.equals("cached") || c.equals("delegated")).isPresent();
    }

    private static final Set<String> DEVELOPMENT_CONTEXT = Set.of("dev", "develop", "development", "devenv",
            "devcontainer", "local");

    /** The words of an env file's name that say it is for development or for a test run. */
    private static final Set<String> DEVELOPMENT_ENV_FILE_WORDS = Set.of("dev", "development", "local", "test",
            "tests", "testing", "e2e");

    /**
     * {@code .env.dev}, {@code .env.development}, {@code .env-local}, {@code .envs/.local/.django}, {@code dev.env};
     * {@code test.env}, {@code .env.e2e}: a test run's throwaway users and passwords.
     */
    private static boolean developmentEnvFile(EnvFile e) {
        for (String part : e.path().value().toLowerCase(Locale.ROOT).split("/")) {
            for (String word : part.split("[._\\-]+")) {
                if (DEVELOPMENT_ENV_FILE_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code runserver}, {@code nodemon}, {@code flask run --debug}, {@code npm run dev}, {@code yarn dev}. */
    private static boolean developmentCommand(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String base = w.substring(w.lastIndexOf('/') + 1);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String after = i + 2 < words.size() ? words.get(i + 2) : "";
            if (w.equals("runserver") || base.equals("nodemon") || base.equals("runserver_plus")) {
                return true;
            }
            if (base.equals("flask") && words.subList(i, words.size()).contains("run")
                    && words.subList(i, words.size()).stream().anyMatch(x -> x.equals("--debug") || x.equals("--reload"))) {
                return true;
            }
            if ((base.equals("npm") || base.equals("yarn") || base.equals("pnpm"))
                    && (next.equals("dev") || (next.equals("run") && after.equals("dev")))) {
                return true;
            }
        }
        return false;
    }

    /** A bind mount of the service's build context, or of the Compose file's folder or something in it. */
    private static boolean sourceMounted(Service s, Path composeFile) {
        Path folder = composeFile.toAbsolutePath().getParent();
        Path context = s.build().flatMap(b -> b.contextDirectory()).map(p -> p.toAbsolutePath().normalize())
                .orElse(folder);
        return s.volumes().stream().anyMatch(v -> v.type() == VolumeMount.Type.BIND && v.hostPath().isPresent()
                && context != null && v.hostPath().get().toAbsolutePath().normalize().startsWith(context));
    }
}
