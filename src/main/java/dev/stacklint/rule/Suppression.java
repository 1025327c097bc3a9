package dev.stacklint.rule;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Optional;

/**
 * A comment that silences rules: on lines {@code fromLine..toLine} of its file, or in the whole file.
 *
 * @param file           the file the comment is in, and whose findings it silences
 * @param comment        the comment
 * @param fromLine       first line covered (1-based); ignored when {@code wholeFile}
 * @param toLine         last line covered (1-based, inclusive); ignored when {@code wholeFile}
 * @param wholeFile      the comment covers the whole file
 * @param codes          the rules it names, as written
 * @param reportsUnknown whether a code stacklint does not know is a mistake worth reporting (not for
 *                       {@code # hadolint ignore=}, which names hadolint's rules)
 */
public record Suppression(SourceFile file, Span comment, int fromLine, int toLine, boolean wholeFile,
                          List<Code> codes, boolean reportsUnknown) {

    /** One code or name in the comment; {@code rule} is empty when it names no rule stacklint has. */
    public record Code(String text, Span span, Optional<RuleMeta> rule) {
        public static Code of(String text, Span span) {
            return new Code(text, span, BuiltinRules.find(text).map(Rule::meta));
        }
    }

    /** True when the comment's reach includes where {@code finding} starts (its rules are not checked here). */
    public boolean reaches(Finding finding) {
        if (!finding.file().path().equals(file.path())) {
            return false;
        }
        int line = finding.start().line();
        return wholeFile || (line >= fromLine && line <= toLine);
    }
}
