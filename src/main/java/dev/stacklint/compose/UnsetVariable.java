package dev.stacklint.compose;

import dev.stacklint.source.Origin;

/**
 * A reference to a variable that is not set where stacklint runs: Compose substitutes an empty string for it (or,
 * for a required {@code ${VAR:?}}, stops), so a value holding it is not known here.
 *
 * @param name        the variable
 * @param at          the reference ({@code ${VAR}}), or the whole value when it cannot be located more exactly
 * @param fromEnvFile the project keeps its variables in an env file, which does not set this one
 */
public record UnsetVariable(String name, Origin at, boolean fromEnvFile) {

    /** True when the reference lies within {@code value}'s span (so {@code value} holds it). */
    boolean within(Origin value) {
        return at.file().path().equals(value.file().path()) && at.span().start() >= value.span().start()
                && at.span().end() <= value.span().end();
    }
}
