package dev.stacklint.config;

import dev.stacklint.source.Suggestions;

import java.util.Collection;

/** The "did you mean" tail of a configuration message. */
final class DidYouMean {
    private DidYouMean() {
    }

    /** {@code " (did you mean 'x'?)"} for the known word closest to a misspelt one, or nothing. */
    static String of(String word, Collection<String> known) {
        return Suggestions.closest(word, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
