package dev.stacklint.rule;

import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping {@link Edit}s to a text; the characters outside every edit are kept as they are. */
public final class Edits {
    private Edits() {
    }

    /**
     * The text with every edit applied. Edits are applied by their offsets in the original text, so their order in
     * the list does not matter; overlapping edits are refused.
     */
    public static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = edits.stream().sorted(Comparator.comparingInt((Edit e) -> e.span().start())
                .thenComparingInt(e -> e.span().end())).toList();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Edit e : sorted) {
            if (e.span().start() < at) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.span().start());
            }
            if (e.span().end() > text.length()) {
                throw new IllegalArgumentException("edit past the end of the text: " + e.span());
            }
            out.append(text, at, e.span().start()).append(e.replacement());
            at = e.span().end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
