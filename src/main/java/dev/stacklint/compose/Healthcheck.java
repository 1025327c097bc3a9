package dev.stacklint.compose;

import dev.stacklint.source.Origin;

import java.util.List;

/**
 * A service's {@code healthcheck}.
 *
 * @param origin   the whole healthcheck mapping
 * @param test     the test as a list: {@code ["CMD", ...]}, {@code ["CMD-SHELL", "..."]} or {@code ["NONE"]};
 *                 the string form becomes {@code ["CMD-SHELL", string]}; empty when not given (the image's applies)
 * @param disabled {@code disable: true} or a {@code NONE} test
 */
public record Healthcheck(Origin origin, List<Located<String>> test, boolean disabled) {
}
