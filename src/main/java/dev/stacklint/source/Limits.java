package dev.stacklint.source;

/**
 * How much of its input stacklint reads before it stops, so that a hostile file costs bounded time and memory.
 * Set in {@code .stacklint.yaml} under {@code limits}; past a limit the file is reported once, where the limit was
 * crossed, and not read further.
 *
 * @param fileBytes  largest file read, in bytes
 * @param lineLength longest line, in characters
 * @param yamlNodes  YAML nodes per document, aliases expanded
 * @param yamlDepth  YAML collection nesting
 * @param files      files a run lints
 */
public record Limits(long fileBytes, int lineLength, int yamlNodes, int yamlDepth, int files) {
    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 1024 * 1024, 1_000_000, 200, 20_000);

    public Limits {
        if (fileBytes < 1 || lineLength < 1 || yamlNodes < 1 || yamlDepth < 1 || files < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
