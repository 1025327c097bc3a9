package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/** The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: exec (JSON array) form or shell form. */
public sealed interface Arguments permits Arguments.Exec, Arguments.ShellForm {
    Span span();

    /** {@code ["python", "app.py"]}: each element a word, JSON escapes applied. */
    record Exec(java.util.List<Word> args, Span span) implements Arguments {
    }

    /**
     * A shell command line. {@code text} has exactly the length of {@code span}: line continuations
     * (escape + newline) and comment lines inside a continuation are replaced by spaces, so that
     * {@code span.start() + i} is the source offset of {@code text.charAt(i)}.
     */
    record ShellForm(String text, Span span) implements Arguments {
    }
}
