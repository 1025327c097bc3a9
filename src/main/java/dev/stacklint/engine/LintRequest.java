package dev.stacklint.engine;

import dev.stacklint.rule.RuleMeta;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What to lint and how.
 *
 * @param paths        files and folders to lint (folders are searched recursively)
 * @param composeFiles Compose files to load together as one project, in order ({@code -f}); may be empty
 * @param enabled      which rules run
 * @param environment  variables for Compose interpolation (the process environment in the CLI)
 * @param workingDir   the folder report paths are relative to
 */
public record LintRequest(List<Path> paths, List<Path> composeFiles, Predicate<RuleMeta> enabled,
                          Map<String, String> environment, Path workingDir) {

    public static LintRequest of(List<Path> paths, Path workingDir) {
        return new LintRequest(paths, List.of(), r -> true, Map.of(), workingDir);
    }

    public LintRequest withEnabled(Predicate<RuleMeta> filter) {
        return new LintRequest(paths, composeFiles, filter, environment, workingDir);
    }
}
