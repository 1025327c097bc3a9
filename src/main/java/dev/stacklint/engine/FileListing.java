package dev.stacklint.engine;

import dev.stacklint.project.Discovery;
import dev.stacklint.source.FileKind;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run would read and why, and what its folder searches left out ({@code --list-files}).
 *
 * @param files   every file read, in the order found
 * @param skipped the Dockerfiles, Compose files and folders left out, and by which setting
 */
public record FileListing(List<Entry> files, List<Discovery.Skipped> skipped) {
    /** A file read: its kind, why, and whether its findings are reported. */
    public record Entry(Path path, FileKind kind, String why, boolean reported) {
    }

    static FileListing of(LintRequest request, Inputs inputs) {
        List<Entry> files = inputs.files().entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue(),
                inputs.reasons().getOrDefault(e.getKey(), ""), request.allRelated() || inputs.isGiven(e.getKey())))
                .toList();
        return new FileListing(files, List.copyOf(inputs.skipped()));
    }
}
