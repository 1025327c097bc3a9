package dev.stacklint.dockerfile;

import dev.stacklint.source.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ESLint-style head of a suppression comment, as users of ESLint and dclint type it:
 * {@code stacklint-disable}, {@code stacklint-disable-line}, {@code stacklint-disable-next-line}, the same with
 * spaces for the hyphens ({@code # stacklint disable next-line}), and dclint's {@code # dclint disable},
 * {@code disable-file}, {@code disable-line} and {@code disable-next-line}. A comment that starts like one and is
 * not one ({@code # stacklint-disable-next-lines}, {@code # stacklint-enable}) is {@link Misspelt}, so that it can be
 * reported instead of silencing nothing unnoticed.
 */
public sealed interface SuppressionDirective {

    /** Where a directive reaches: the whole file, its own line, or the next line that holds content. */
    enum Reach { FILE, LINE, NEXT_LINE }

    /**
     * A directive stacklint reads.
     *
     * @param dclint    it is dclint's comment ({@code # dclint disable...}), not stacklint's
     * @param reach     what it reaches
     * @param codesFrom where the list of rules starts (just after the directive)
     */
    record Read(boolean dclint, Reach reach, int codesFrom) implements SuppressionDirective {
    }

    /** A comment that looks like a directive and is not one; {@code message} says what to write instead. */
    record Misspelt(int start, int end, String message) implements SuppressionDirective {
    }

    /** Whether {@code text} may hold a directive at all (nearly every file does not: it need not be searched). */
    static boolean mayAppearIn(String text) {
        return text.contains("stacklint") || text.contains("dclint");
    }

    Pattern READ = Pattern.compile(
            "#\\s*(stacklint|dclint)(?:-|\\s+)disable((?:-|\\s+)(?:next(?:-|\\s+)?line|line|file))?(?=\\s|$)");
    /** {@code # stacklint} or {@code # dclint} and the word after it, the directive someone meant to write. */
    Pattern LOOKALIKE = Pattern.compile("#\\s*(stacklint|dclint)(?:-|:|\\s+)\\s*([A-Za-z][A-Za-z-]*)");
    List<String> WORDS = List.of("disable", "disable-line", "disable-next-line", "disable-file");
    Pattern CODE = Pattern.compile("[^,\\s]+");

    /**
     * Reads the comment that starts at {@code from} (its {@code #}) and ends at {@code to}; empty when it is no
     * suppression and does not look like one.
     *
     * @param reaches the reaches this kind of file has: a Dockerfile comment is a line of its own, so it has no
     *                {@link Reach#LINE}, and dclint does not read Dockerfiles
     */
    static Optional<SuppressionDirective> parse(String text, int from, int to, boolean dockerfile) {
        Matcher m = READ.matcher(text).region(from, to);
        if (m.lookingAt()) {
            boolean dclint = m.group(1).equals("dclint");
            String rest = m.group(2) == null ? "" : m.group(2);
            Reach reach = rest.contains("next") ? Reach.NEXT_LINE : rest.contains("line") ? Reach.LINE : Reach.FILE;
            if (dockerfile && dclint) {
                return Optional.empty();
            }
            if (dockerfile && reach == Reach.LINE) {
                return Optional.of(new Misspelt(from, m.end(), "a Dockerfile comment is a line of its own, so '"
                        + text.substring(from + 1, m.end()).strip() + "' reaches nothing; write "
                        + "'# stacklint-disable-next-line CODE' (or '# stacklint ignore=CODE') above the instruction"));
            }
            return Optional.of(new Read(dclint, reach, m.end()));
        }
        Matcher l = LOOKALIKE.matcher(text).region(from, to);
        if (!l.lookingAt() || (dockerfile && l.group(1).equals("dclint"))) {
            return Optional.empty();
        }
        String word = l.group(2).toLowerCase(Locale.ROOT);
        String written = text.substring(from + 1, l.end()).strip();
        if (word.equals("enable") || word.equals("enable-line") || word.equals("enable-next-line")) {
            return Optional.of(new Misspelt(from, l.end(), l.group(1) + " has no enable comment, so '" + written
                    + "' does nothing; a " + l.group(1) + "-disable-next-line comment reaches one line, "
                    + l.group(1) + "-disable the whole file"));
        }
        if (dockerfile && word.equals("ignore")) {
            return Optional.of(new Misspelt(from, l.end(), "'" + text.substring(from + 1, to).strip() + "' names no rule;"
                    + " write '# stacklint ignore=CODE,...' right above the instruction"));
        }
        if (!dockerfile && word.equals("ignore")) {
            return Optional.of(new Misspelt(from, l.end(), "'" + written + "' is the Dockerfile form, so it silences "
                    + "nothing in a Compose file; write '# stacklint-disable-next-line CODE' above the line"));
        }
        // dclint's list spells only its own words; stacklint's adds nothing dclint lacks but disable-file
        return Suggestions.closest(word, WORDS).filter(w -> !w.equals(word)).map(w -> new Misspelt(from, l.end(),
                "'" + written + "' is not a suppression comment stacklint reads (did you mean '" + l.group(1) + "-" + w
                        + "'?), so it silences nothing"));
    }

    /** The rules listed from {@code from} to {@code to}, separated by commas or blanks, up to a {@code --} reason. */
    static List<int[]> codes(String text, int from, int to) {
        int dashes = text.indexOf(" --", Math.max(0, from - 1));
        int end = dashes < 0 || dashes > to ? to : dashes;
        List<int[]> found = new ArrayList<>();
        Matcher c = CODE.matcher(text).region(Math.min(from, end), end);
        while (c.find()) {
            found.add(new int[] {c.start(), c.end()});
        }
        return found;
    }
}
