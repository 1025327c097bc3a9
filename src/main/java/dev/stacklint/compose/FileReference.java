package dev.stacklint.compose;

import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * A service's use of a secret or config ({@code - name} or {@code {source: name, target: ...}}).
 *
 * @param source the top-level secret/config it names
 * @param target where it is mounted, if given
 * @param origin the whole entry
 */
public record FileReference(Located<String> source, Optional<Located<String>> target, Origin origin) {
}
