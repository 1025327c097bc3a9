package dev.stacklint.compose.schema;

import dev.stacklint.compose.yaml.LoadProblem.Replacement;
import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * One way a document does not fit the Compose schema, in words, at the YAML position it concerns, with the fix when
 * the mistake is unambiguous (a misspelled key with one candidate).
 */
public record Violation(Origin at, String message, Optional<Replacement> fix) {
    public Violation(Origin at, String message) {
        this(at, message, Optional.empty());
    }
}
