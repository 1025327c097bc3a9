package dev.stacklint.ci;

import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A path a workflow names.
 *
 * @param written as written
 * @param at      where
 * @param path    the file or folder it names in the repository; empty when an expression or a variable makes it
 *                unknown, or when it is remote or leaves the repository
 */
public record PathRef(String written, Origin at, Optional<Path> path) {
}
