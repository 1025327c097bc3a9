package dev.stacklint.rule;

import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

/**
 * One problem found in one file.
 *
 * @param rule     the rule that found it
 * @param severity the severity in force (the rule's default unless configuration changed it)
 * @param file     the file it is in
 * @param span     where in that file
 * @param message  what is wrong and what to do
 */
public record Finding(RuleMeta rule, Severity severity, SourceFile file, Span span, String message) {

    public Position start() {
        return file.position(span.start());
    }

    /** The end position, inclusive-exclusive like the span; an empty span ends where it starts. */
    public Position end() {
        return file.position(span.end());
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, file, span, message);
    }
}
