package dev.stacklint.compose;

/**
 * One file named by top-level {@code include}.
 *
 * @param path  as written
 * @param found false when the file does not exist or cannot be read
 */
public record IncludeRef(Located<String> path, boolean found) {
}
