package dev.stacklint.compose;

import dev.stacklint.compose.yaml.LoadProblem;

import java.util.List;
import java.util.Optional;

/**
 * What loading a set of Compose files gave: the project (empty only when no file was given) and the parse, schema and
 * interpolation problems (the engine makes findings of them).
 */
public record ComposeLoad(Optional<ComposeProject> project, List<LoadProblem> problems) {
}
