package dev.stacklint.compose.schema;

import dev.stacklint.source.Origin;

/** One way a document does not fit the Compose schema, in words, at the YAML position it concerns. */
public record Violation(Origin at, String message) {
}
