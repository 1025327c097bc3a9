package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/** One pair of ENV or LABEL ({@code k=v} or legacy {@code k v}); {@code value} may be an empty word. */
public record KeyValue(Word key, Word value, Span span) {
}
