package dev.stacklint.compose.yaml;

import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * Something the Compose loader found wrong in a file it read. The loader knows no rules: the engine turns each
 * problem into a finding under the SL0xx code of its kind (as it does with a Dockerfile's {@code SyntaxError}).
 *
 * @param kind    what went wrong, which decides the code
 * @param level   how serious it is here
 * @param at      where
 * @param message what is wrong and what to do
 * @param fix     the text change that corrects it (a misspelt key), if there is one
 * @param first   for a duplicate, where the first occurrence is
 */
public record LoadProblem(Kind kind, Level level, Origin at, String message, Optional<Replacement> fix,
                          Optional<Origin> first) {
    public enum Kind {
        /** SL001: not well-formed YAML. */
        SYNTAX,
        /** SL002: a repeated mapping key. */
        DUPLICATE_KEY,
        /** SL003: does not fit the Compose Specification. */
        SCHEMA,
        /**
         * SL003: every file given is empty, which Compose refuses when the files are run on their own; not a
         * problem when they are layered over or included by a project that has content.
         */
        EMPTY,
        /** SL005: a malformed variable reference or an unset required variable. */
        INTERPOLATION,
        /** SL007: the file is not readable UTF-8 text ({@code at} is the file's start; the engine says why). */
        UNREADABLE,
        /** SL010: past a size limit. */
        INPUT_LIMIT,
        /** SL011: a path that leaves the project. */
        OUTSIDE_PROJECT
    }

    /** The seriousness a loader can tell; the engine maps it to the finding's severity. */
    public enum Level {
        ERROR, WARNING, INFO
    }

    /** A safe fix: replace the text of {@code at}'s span with {@code text}. */
    public record Replacement(String description, dev.stacklint.source.Span span, String text) {
    }

    public LoadProblem(Kind kind, Level level, Origin at, String message) {
        this(kind, level, at, message, Optional.empty(), Optional.empty());
    }
}
