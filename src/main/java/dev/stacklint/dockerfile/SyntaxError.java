package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/** Something the parser could not read; reported as SL004 while parsing goes on. */
public record SyntaxError(Span span, String message) {
}
