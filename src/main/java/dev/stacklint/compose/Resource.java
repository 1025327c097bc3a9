package dev.stacklint.compose;

import dev.stacklint.yaml.YamlMapping;

import java.util.Optional;

/**
 * A top-level network, volume, secret or config.
 *
 * @param name       its key
 * @param definition its mapping; empty for {@code data:} with no value
 * @param external   {@code external: true}: created outside Compose
 */
public record Resource(Located<String> name, Optional<YamlMapping> definition, boolean external) {
}
