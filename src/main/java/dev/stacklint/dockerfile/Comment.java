package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/** A comment line; {@code text} is what follows {@code #}, trimmed. Suppressions are read from these. */
public record Comment(String text, Span span) {
}
