package dev.stacklint.project.python;

import dev.stacklint.source.Span;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An argument of a call as far as a literal reading gets.
 *
 * @param kind    what the linter could read
 * @param text    the literal's value: a string's content, a number's digits, {@code True}/{@code False}
 * @param span    the value as written (the whole call when the argument is absent)
 * @param argSpan the whole argument, {@code name=} included
 */
public record PyValue(Kind kind, String text, Span span, Span argSpan) {
    public enum Kind {
        /** Not passed: the parameter's default applies. */
        ABSENT,
        STRING,
        NUMBER,
        BOOL,
        NONE,
        /** An expression the linter does not evaluate (a variable, a call, {@code **kwargs}). */
        UNKNOWN
    }

    public static PyValue absent(Span call) {
        return new PyValue(Kind.ABSENT, "", call, call);
    }

    /** Not passed or {@code None}: the parameter's default applies. */
    public boolean defaulted() {
        return kind == Kind.ABSENT || kind == Kind.NONE;
    }

    public boolean isTrue() {
        return kind == Kind.BOOL && text.equals("True");
    }

    public Optional<String> string() {
        return kind == Kind.STRING ? Optional.of(text) : Optional.empty();
    }

    /** An integer literal, or a string holding one (Flask and waitress accept both). */
    public OptionalInt integer() {
        if ((kind == Kind.NUMBER || kind == Kind.STRING) && text.matches("\\d{1,5}")) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        return OptionalInt.empty();
    }
}
