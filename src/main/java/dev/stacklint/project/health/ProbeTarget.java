package dev.stacklint.project.health;

import dev.stacklint.source.Origin;

/**
 * The address inside the container a health check requests: {@code http://localhost:8000/health} or
 * {@code nc -z localhost 8000}.
 *
 * @param port   the port, written or the scheme's default (80 for http)
 * @param portAt where the port is written, or the whole address when it is not
 * @param path   the HTTP path without query ({@code /} when none is written), empty for a plain TCP check
 * @param pathAt where the path is written, or the whole address when it is not
 */
public record ProbeTarget(int port, Origin portAt, java.util.Optional<String> path, Origin pathAt) {
}
