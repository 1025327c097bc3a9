package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Rule;
import dev.stacklint.source.SourceFile;

import java.util.List;

/**
 * Everything a formatter writes.
 *
 * @param version  stacklint's version
 * @param files    the files linted
 * @param findings the findings to show (already filtered and sorted)
 * @param rules    every rule known, for formats that describe them (SARIF)
 */
public record Report(String version, List<SourceFile> files, List<Finding> findings, List<Rule> rules) {
}
