package dev.stacklint.compose;

import dev.stacklint.source.Limits;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads a Compose project the way {@code docker compose} does: the files in order ({@code -f a.yaml -f b.yaml}, or
 * {@code compose.yaml} + {@code compose.override.yaml}), each parsed with positions, checked against stacklint's
 * Compose schema, interpolated from the environment and the project's {@code .env}, normalized, {@code extends}
 * and {@code include} resolved, then merged by the specification's rules. Never throws for bad input: problems are
 * findings (SL001 YAML syntax, SL002 duplicate key, SL003 schema, SL005 interpolation, SL010 input limits, SL011 paths
 * outside the project).
 */
public final class ComposeLoader {

    private ComposeLoader() {
    }

    /**
     * Loads these files as one project, merged in order; the first file's directory is the project directory.
     *
     * @param environment the variables the shell would give {@code docker compose}; they override the {@code .env}
     */
    public static ComposeLoad load(List<SourceFile> files, Map<String, String> environment) {
        return load(files, environment, Limits.DEFAULT, Path.of("").toAbsolutePath());
    }

    /**
     * As {@link #load(List, Map)}, reading within {@code limits} (files it includes or extends too) and only inside
     * the project: the repository root, else {@code lintRoot} (the folder linted) when it holds the first file.
     */
    public static ComposeLoad load(List<SourceFile> files, Map<String, String> environment, Limits limits,
                                   Path lintRoot) {
        return new LoadSession(environment, limits, lintRoot).load(files);
    }
}
