package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/**
 * Something the parser could not read, reported while parsing goes on: as SL004, or as DL3043 when it is an
 * instruction ONBUILD may not trigger ({@code forbiddenTrigger}).
 */
public record SyntaxError(Span span, String message, boolean forbiddenTrigger) {
    public SyntaxError(Span span, String message) {
        this(span, message, false);
    }
}
