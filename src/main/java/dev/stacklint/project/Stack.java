package dev.stacklint.project;

import dev.stacklint.compose.ComposeProject;

/** Placeholder until the stack model lands: a compose project and what it links to. */
public record Stack(ComposeProject compose) {
}
