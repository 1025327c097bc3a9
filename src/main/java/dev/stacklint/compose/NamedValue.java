package dev.stacklint.compose;

import java.util.Optional;

/**
 * One entry of {@code environment}, {@code labels}, {@code build.args}..., from either the list form
 * ({@code - KEY=value}, {@code - KEY}) or the mapping form ({@code KEY: value}, {@code KEY:}).
 *
 * @param name  the key and where it is written
 * @param value the value; absent for {@code - KEY} and {@code KEY:} (taken from the environment at run time),
 *              present but empty for {@code KEY=}
 */
public record NamedValue(Located<String> name, Optional<Located<String>> value) {
}
