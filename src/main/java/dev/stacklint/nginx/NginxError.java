package dev.stacklint.nginx;

import dev.stacklint.source.Origin;

/** Something nginx would refuse to load: where, and what is wrong. */
public record NginxError(Origin origin, String message) {
}
