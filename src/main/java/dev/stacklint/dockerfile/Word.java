package dev.stacklint.dockerfile;

import dev.stacklint.source.Interpolation;
import dev.stacklint.source.Span;

/**
 * One argument as Docker reads it.
 *
 * @param value the argument's value: quotes removed and escapes applied where Docker does so for this instruction;
 *              variable references are kept as written (expand them with {@link Variables})
 * @param span  where it is written, quotes included
 */
public record Word(String value, Span span) {
    /** True when the value holds no variable reference, so it is what Docker uses whatever the build arguments. */
    public boolean isLiteral() {
        return Interpolation.literal(value);
    }
}
