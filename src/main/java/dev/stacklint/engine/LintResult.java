package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;

import java.util.List;

/**
 * The outcome of one run.
 *
 * @param files      every file linted whose findings are reported, in path order
 * @param findings   every finding reported, sorted by file, line, column and code
 * @param problems   files that could not be read, said in plain words (they do not stop the run)
 * @param suppressed findings silenced by suppression comments or turned off by configuration
 * @param failures   findings at or above the failure threshold in force for them (exit code 1 when any)
 * @param baseline   how many findings the baseline hid and how many of its entries matched nothing
 */
public record LintResult(List<SourceFile> files, List<Finding> findings, List<String> problems, int suppressed,
                         int failures, Baseline.Outcome baseline) {
}
