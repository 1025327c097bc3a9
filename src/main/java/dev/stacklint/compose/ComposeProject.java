package dev.stacklint.compose;

import dev.stacklint.source.SourceFile;

import java.util.List;

/** Placeholder until the compose loader lands: the files of one Compose project. */
public record ComposeProject(List<SourceFile> files) {
}
