package dev.stacklint.engine;

import dev.stacklint.config.ConfigResolver;
import dev.stacklint.rule.RuleMeta;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What to lint and how.
 *
 * @param paths        files and folders to lint (folders are searched recursively)
 * @param composeFiles Compose files to load together as one project, in order ({@code -f}); may be empty
 * @param enabled      which rules run ({@link dev.stacklint.rule.ParseRules#UNUSED_SUPPRESSION}: comments written wrong)
 * @param environment  variables for Compose interpolation (the process environment in the CLI)
 * @param workingDir   the folder report paths are relative to
 * @param config       the configuration of each file (severities, ignores, thresholds...)
 * @param stdin        text read from standard input, standing for the file at its path
 * @param allRelated   also report findings in files read only for context (the Compose file of a named Dockerfile...)
 * @param files        what folder searches leave out ({@code --exclude}, {@code .gitignore})
 * @param baseline     findings recorded to be let through ({@code --baseline})
 * @param overlays     texts that stand for files (absolute paths), whatever is on disk: {@code --diff}'s later passes
 *                     lint the text the earlier ones fixed
 * @param reportUnused also report the rules in suppression comments that silenced nothing
 *                     ({@code --report-unused-suppressions}), when SL006 is enabled
 */
public record LintRequest(List<Path> paths, List<Path> composeFiles, Predicate<RuleMeta> enabled,
                          Map<String, String> environment, Path workingDir, ConfigResolver config,
                          Optional<StdinText> stdin, boolean allRelated, FileFilter files,
                          Optional<Baseline> baseline, Map<Path, String> overlays,
                          boolean reportUnused) {
    public LintRequest {
        overlays = Map.copyOf(overlays);
    }

    /**
     * Text from standard input and the path it stands for (relative to the working folder, or absolute);
     * {@code -} when no name was given, and then the kind is told from the text alone.
     */
    public record StdinText(Path path, String text) {
        public static final Path UNNAMED = Path.of("-");

        public boolean named() {
            return !path.equals(UNNAMED);
        }
    }

    /**
     * Discovers configuration files; no standard input; reports only on the given paths; unused suppressions are
     * reported when {@code enabled} takes SL006.
     */
    public LintRequest(List<Path> paths, List<Path> composeFiles, Predicate<RuleMeta> enabled,
                       Map<String, String> environment, Path workingDir) {
        this(paths, composeFiles, enabled, environment, workingDir, ConfigResolver.discovering(workingDir),
                Optional.empty(), false, FileFilter.NONE, Optional.empty(), Map.of(), true);
    }

    public static LintRequest of(List<Path> paths, Path workingDir) {
        return new LintRequest(paths, List.of(), r -> true, Map.of(), workingDir);
    }

    public LintRequest withConfig(ConfigResolver resolver) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, resolver, stdin, allRelated, files, baseline, overlays, reportUnused);
    }

    public LintRequest withStdin(StdinText text) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, config, Optional.of(text), allRelated, files, baseline, overlays, reportUnused);
    }

    public LintRequest withAllRelated(boolean all) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, config, stdin, all, files, baseline, overlays, reportUnused);
    }

    public LintRequest withFiles(FileFilter filter) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, config, stdin, allRelated, filter, baseline, overlays, reportUnused);
    }

    public LintRequest withOverlays(Map<Path, String> texts) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, config, stdin, allRelated, files,
                baseline, texts, reportUnused);
    }

    public LintRequest withReportUnused(boolean report) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, config, stdin, allRelated, files,
                baseline, overlays, report);
    }

    public LintRequest withBaseline(Optional<Baseline> recorded) {
        return new LintRequest(paths, composeFiles, enabled, environment, workingDir, config, stdin, allRelated, files,
                recorded, overlays, reportUnused);
    }
}
