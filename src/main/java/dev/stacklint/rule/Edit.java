package dev.stacklint.rule;

import dev.stacklint.source.Span;

import java.util.Objects;

/**
 * Replace the characters of {@code span} in the finding's file with {@code replacement}. An empty span inserts,
 * an empty replacement deletes. Everything outside the span stays byte-identical.
 */
public record Edit(Span span, String replacement) {
    public Edit {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(replacement, "replacement");
    }

    public static Edit insert(int offset, String text) {
        return new Edit(Span.at(offset), text);
    }

    public static Edit delete(Span span) {
        return new Edit(span, "");
    }
}
