package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.Optional;

/** One name of an ARG instruction, with its default when it has one. */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, Span span) {
}
