package dev.stacklint.compose;

import dev.stacklint.rule.Finding;

import java.util.List;
import java.util.Optional;

/** What loading a set of Compose files gave: the project when it could be built, and the parse/schema findings. */
public record ComposeLoad(Optional<ComposeProject> project, List<Finding> findings) {
}
