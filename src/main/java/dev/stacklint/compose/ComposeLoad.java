package dev.stacklint.compose;

import dev.stacklint.compose.yaml.LoadProblem;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.ScalarExtents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What loading a set of Compose files gave: the project (empty only when no file was given), the parse, schema and
 * interpolation problems (the engine makes findings of them), and where the scalars are in each file read that may
 * hold a suppression comment (by identity), so that its comments are found without parsing it again.
 */
public record ComposeLoad(Optional<ComposeProject> project, List<LoadProblem> problems,
                          Map<SourceFile, ScalarExtents> scalars) {
}
