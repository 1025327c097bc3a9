package dev.stacklint.compose;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code env_file} entry (string, list, or long form with {@code path} and {@code required}).
 *
 * @param path         the path as written
 * @param interpolated true when interpolation substituted a variable into the path
 * @param required     false when a missing file is allowed ({@code required: false})
 * @param resolvedPath the path resolved against the project directory (empty if it cannot be a path here)
 * @param content      the file as read, if it exists
 */
public record EnvFile(Located<String> path, boolean interpolated, boolean required, Optional<Path> resolvedPath,
                      Optional<DotEnvFile> content) {
}
