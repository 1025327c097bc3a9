package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;

import java.util.List;

/**
 * The outcome of one run.
 *
 * @param files    every file linted, in path order
 * @param findings every finding, sorted by file, line, column and code
 * @param problems files that could not be read, said in plain words (they do not stop the run)
 */
public record LintResult(List<SourceFile> files, List<Finding> findings, List<String> problems) {
}
