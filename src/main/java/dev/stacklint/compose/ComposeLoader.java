package dev.stacklint.compose;

import dev.stacklint.source.SourceFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Placeholder until the Compose loader lands. */
public final class ComposeLoader {
    private ComposeLoader() {
    }

    public static ComposeLoad load(List<SourceFile> files, Map<String, String> environment) {
        return new ComposeLoad(Optional.of(new ComposeProject(files)), List.of());
    }
}
