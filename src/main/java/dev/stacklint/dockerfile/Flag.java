package dev.stacklint.dockerfile;

import dev.stacklint.source.Interpolation;
import dev.stacklint.source.Span;

/**
 * An instruction option such as {@code --from=build}, {@code --mount=type=cache,target=/root/.cache}
 * or a bare {@code --link}.
 *
 * @param name  the option name without dashes ({@code from}, {@code mount}, {@code link})
 * @param value the text after {@code =}; empty for a bare option
 * @param span  the whole option as written
 */
public record Flag(String name, String value, Span span) {
    /** True when the value holds no variable reference ({@code --platform=$BUILDPLATFORM} does). */
    public boolean isLiteral() {
        return Interpolation.literal(value);
    }
}
