package dev.stacklint.source;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelled words (keys, keywords, rule names): the closest known one within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code word}, if close enough to be a likely misspelling. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return Optional.ofNullable(best(word.toLowerCase(Locale.ROOT), allowed(word), candidates).word());
    }

    /**
     * The candidate closest to {@code word} when no other is as close: a misspelling that can be corrected without
     * guessing.
     */
    public static Optional<String> unique(String word, Collection<String> candidates) {
        Best best = best(word.toLowerCase(Locale.ROOT), allowed(word), candidates);
        return best.ties() == 1 ? Optional.of(best.word()) : Optional.empty();
    }

    private static int allowed(String word) {
        return Math.max(1, Math.min(3, word.length() / 3));
    }

    /** The first candidate at the least distance within {@code allowed}, and how many are that close. */
    private record Best(String word, int ties) {
    }

    private static Best best(String w, int allowed, Collection<String> candidates) {
        String best = null;
        int bestDistance = allowed + 1;
        int ties = 0;
        for (String c : candidates) {
            String lower = c.toLowerCase(Locale.ROOT);
            // the distance is at least the difference in length: most candidates need no table
            int least = Math.abs(lower.length() - w.length());
            if (least > bestDistance || least == bestDistance && best == null) {
                continue;
            }
            int d = distance(w, lower);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                ties = 1;
            } else if (d == bestDistance && best != null) {
                ties++;
            }
        }
        return new Best(best, ties);
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1 (a swap is
     * the commonest typo, {@code RUN} written {@code RNU}). Quadratic: callers bound the words they compare.
     */
    public static int distance(String a, String b) {
        // three rows of the table: this one, the one before and the one before that (for swaps)
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], before[j - 2] + 1);
                }
            }
            int[] spare = before;
            before = previous;
            previous = row;
            row = spare;
        }
        return previous[b.length()];
    }
}
