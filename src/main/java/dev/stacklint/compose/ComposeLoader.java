package dev.stacklint.compose;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a Compose project the way {@code docker compose} does: the files in order ({@code -f a.yaml -f b.yaml}, or
 * {@code compose.yaml} + {@code compose.override.yaml} by default), each parsed with positions, checked against
 * stacklint's Compose schema, interpolated from the environment and the project's {@code .env}, normalized,
 * {@code extends} and {@code include} resolved, then merged by the specification's rules. Never throws for bad
 * input: problems are findings (SL001 YAML syntax, SL002 duplicate key, SL003 schema, SL005 interpolation).
 */
public final class ComposeLoader {
    /** The file names Compose looks for, in its order of preference. */
    public static final List<String> DEFAULT_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yml",
            "docker-compose.yaml");
    /** The override files Compose adds to the default file, in its order of preference. */
    public static final List<String> OVERRIDE_FILES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");

    /** A loaded project and what loading it found. */
    public record Result(ComposeProject project, List<Finding> findings) {
    }

    private ComposeLoader() {
    }

    /** Loads with the process environment supplying variables. */
    public static Result load(List<SourceFile> files) {
        return load(files, System.getenv());
    }

    /**
     * Loads these files as one project, merged in order; the first file's directory is the project directory.
     *
     * @param environment the variables the shell would give {@code docker compose}; they override the {@code .env}
     */
    public static Result load(List<SourceFile> files, Map<String, String> environment) {
        return new LoadSession(environment).load(files);
    }

    /** The files {@code docker compose} uses in this directory without {@code -f}: the default file and its override. */
    public static List<Path> defaultFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        first(directory, DEFAULT_FILES).ifPresent(main -> {
            files.add(main);
            first(directory, OVERRIDE_FILES).ifPresent(files::add);
        });
        return files;
    }

    /** True for a file name Compose loads by default (a main or override file). */
    public static boolean isComposeFileName(String name) {
        return DEFAULT_FILES.contains(name) || OVERRIDE_FILES.contains(name);
    }

    private static Optional<Path> first(Path directory, List<String> names) {
        return names.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst();
    }
}
