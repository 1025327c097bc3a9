package dev.stacklint.source;

import java.nio.file.Path;

/**
 * The file a build reads for a Dockerfile path: the path itself, except that a {@code Dockerfile} that is not
 * there falls back to a lowercase {@code dockerfile} in the same folder, as the Docker CLI and BuildKit do
 * (moby/moby#10858). RuoYi-Cloud's {@code docker/nacos/dockerfile}, built as {@code build: ./nacos}, is read so.
 */
public final class DockerfileFallback {
    private static final String DEFAULT = "Dockerfile";

    private DockerfileFallback() {
    }

    public static Path of(Path dockerfile) {
        Path name = dockerfile.getFileName();
        if (name == null || !name.toString().equals(DEFAULT) || FolderEntries.exists(dockerfile)) {
            return dockerfile;
        }
        Path lower = dockerfile.resolveSibling(DEFAULT.toLowerCase(java.util.Locale.ROOT));
        return FolderEntries.isFile(lower) ? lower : dockerfile;
    }
}
