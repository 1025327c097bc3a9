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
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The candidate closest to {@code word} when no other is as close: a misspelling that can be corrected without
     * guessing.
     */
    public static Optional<String> unique(String word, Collection<String> candidates) {
        Optional<String> best = closest(word, candidates);
        String w = word.toLowerCase(Locale.ROOT);
        return best.filter(b -> candidates.stream().filter(c -> distance(w, c.toLowerCase(Locale.ROOT))
                == distance(w, b.toLowerCase(Locale.ROOT))).count() == 1);
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1 (a swap is
     * the commonest typo, {@code RUN} written {@code RNU}). Quadratic: callers bound the words they compare.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
