package dev.stacklint.compose;

import java.nio.file.Path;

/**
 * One file named by top-level {@code include}.
 *
 * @param path     as written
 * @param resolved the file it resolves to
 * @param found    false when the file does not exist or cannot be read
 */
public record IncludeRef(Located<String> path, Path resolved, boolean found) {
}
