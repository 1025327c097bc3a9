package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/** A parser directive at the top of the file: {@code # syntax=}, {@code # escape=}, {@code # check=}. */
public record Directive(String name, String value, Span span) {
}
