package dev.stacklint.project.python;

import dev.stacklint.source.Span;

import java.util.Optional;

/**
 * One Python token.
 *
 * @param kind  what it is
 * @param text  the source text ({@code "0.0.0.0"} with its quotes for a string)
 * @param value for a string without interpolation: its value; empty for f-strings with fields and for other kinds
 * @param span  where
 */
public record PyToken(Kind kind, String text, Optional<String> value, Span span) {
    public enum Kind { NAME, NUMBER, STRING, OP }

    public boolean is(String s) {
        return text.equals(s) && kind != Kind.STRING;
    }

    public boolean isName() {
        return kind == Kind.NAME;
    }
}
