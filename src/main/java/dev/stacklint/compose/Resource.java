package dev.stacklint.compose;

import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * A top-level network, volume, secret or config.
 *
 * @param name            its key
 * @param external        {@code external: true}: created outside Compose
 * @param externalNameKey the key {@code name} under {@code external:} (the deprecated spelling), where it is written
 * @param sourced         one of {@code file}, {@code environment}, {@code content}, {@code external}, {@code driver}
 *                        or {@code template_driver} is set to a value: where a secret's or config's content comes from
 */
public record Resource(Located<String> name, boolean external, Optional<Origin> externalNameKey, boolean sourced) {
}
