package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/**
 * One pair of ENV or LABEL; {@code value} may be an empty word.
 *
 * @param legacy written in the legacy form {@code NAME value} (no {@code =}; the rest of the line is the value)
 */
public record KeyValue(Word key, Word value, Span span, boolean legacy) {
}
