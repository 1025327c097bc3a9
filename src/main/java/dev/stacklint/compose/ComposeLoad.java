package dev.stacklint.compose;

import dev.stacklint.rule.Finding;

import java.util.List;
import java.util.Optional;

/**
 * What loading a set of Compose files gave: the project (empty only when no file was given) and the parse, schema and
 * interpolation findings.
 */
public record ComposeLoad(Optional<ComposeProject> project, List<Finding> findings) {
}
