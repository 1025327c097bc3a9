package dev.stacklint.rule;

import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;

/**
 * One problem found in one file.
 *
 * @param rule     the rule that found it
 * @param severity the severity in force (the rule's default unless configuration changed it)
 * @param file     the file it is in
 * @param span     where in that file
 * @param message  what is wrong and what to do
 * @param fix      the edit that would make it go away, or null when the rule offers none here
 * @param related  other places the finding is about (the first of two duplicates), possibly empty
 */
public record Finding(RuleMeta rule, Severity severity, SourceFile file, Span span, String message, Fix fix,
                      List<RelatedLocation> related) {

    public Finding {
        related = List.copyOf(related);
    }

    public Finding(RuleMeta rule, Severity severity, SourceFile file, Span span, String message) {
        this(rule, severity, file, span, message, null, List.of());
    }

    public Position start() {
        return file.position(span.start());
    }

    /** The end position, inclusive-exclusive like the span; an empty span ends where it starts. */
    public Position end() {
        return file.position(span.end());
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, file, span, message, fix, related);
    }

    public Finding withFix(Fix f) {
        return new Finding(rule, severity, file, span, message, f, related);
    }

    public Finding withMessage(String m) {
        return new Finding(rule, severity, file, span, m, fix, related);
    }

    public Finding withRelated(List<RelatedLocation> r) {
        return new Finding(rule, severity, file, span, message, fix, r);
    }
}
