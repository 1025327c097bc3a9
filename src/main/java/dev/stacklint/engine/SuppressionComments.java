package dev.stacklint.engine;

import dev.stacklint.compose.yaml.YamlReader;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in a Compose file: {@code # stacklint-disable-next-line CODE,...} silences those rules
 * on the next line that holds YAML, {@code # stacklint-disable CODE,...} in the whole file. Codes or names,
 * separated by commas or spaces; {@code -- why} after them is a free-text reason.
 *
 * <p>Comments are not in the YAML node tree, so they are read from the text; a {@code #} only starts a comment
 * at the start of a line or after a blank, and outside every scalar (quoted or block). The scalars' extents come
 * from the YAML parser; past a syntax error only whole-line comments count.
 */
public final class SuppressionComments {
    private static final Pattern DIRECTIVE =
            Pattern.compile("#\\s*stacklint-(disable-next-line|disable)(?=\\s|$)(.*)");
    private static final Pattern CODE = Pattern.compile("[^,\\s]+");

    private SuppressionComments() {
    }

    public static List<Suppression> read(SourceFile file) {
        if (!file.text().contains("stacklint-")) {
            return List.of(); // nearly every file: no need to parse it a second time
        }
        Scalars scalars = Scalars.of(file.text());
        List<Suppression> found = new ArrayList<>();
        for (int line = 1; line <= file.lineCount(); line++) {
            String text = file.line(line);
            int hash = commentStart(text, line - 1, scalars);
            if (hash < 0) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(text).region(hash, text.length());
            if (!m.matches()) {
                continue;
            }
            int base = file.lineStart(line);
            boolean wholeFile = m.group(1).equals("disable");
            Span target = wholeFile ? new Span(0, file.text().length()) : lineSpan(file, nextContentLine(file, line));
            found.add(new Suppression(file, new Span(base + hash, base + text.length()), target, wholeFile,
                    codes(text, m.start(2), reasonStart(text, m.start(2)), base), true));
        }
        return found;
    }

    /** Where the codes end: before {@code --} that starts a reason. */
    private static int reasonStart(String text, int from) {
        int dashes = text.indexOf(" --", from - 1);
        return dashes < 0 ? text.length() : dashes;
    }

    private static List<Suppression.Code> codes(String text, int from, int to, int base) {
        List<Suppression.Code> codes = new ArrayList<>();
        Matcher c = CODE.matcher(text).region(from, to);
        while (c.find()) {
            codes.addAll(Suppression.Code.all(c.group(), new Span(base + c.start(), base + c.end())));
        }
        return codes;
    }

    /** The index of the {@code #} that starts a comment on this line, or -1. */
    private static int commentStart(String text, int line0, Scalars scalars) {
        boolean wholeLine = text.stripLeading().startsWith("#");
        if (line0 >= scalars.parsedUpTo()) {
            return wholeLine ? text.indexOf('#') : -1;
        }
        int counted = 0;
        int column = 0; // code points before `counted`, counted once along the line
        for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
            boolean afterBlank = i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t';
            column += text.codePointCount(counted, i);
            counted = i;
            if (afterBlank && !scalars.contains(line0, column)) {
                return i;
            }
        }
        return -1;
    }

    /** A whole line, its line break included. */
    private static Span lineSpan(SourceFile file, int line) {
        int start = file.lineStart(line);
        int end = line < file.lineCount() ? file.lineStart(line + 1) : file.text().length();
        return new Span(start, Math.max(start, end));
    }

    /** The first line after {@code line} that is neither blank nor only a comment (or the line after, at the end). */
    private static int nextContentLine(SourceFile file, int line) {
        for (int l = line + 1; l <= file.lineCount(); l++) {
            String t = file.line(l).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return l;
            }
        }
        return line + 1;
    }

    /** The extents of every scalar the YAML parser saw, as 0-based (line, code-point column) pairs. */
    private record Scalars(List<int[]> ranges, int parsedUpTo) {
        static Scalars of(String text) {
            List<int[]> ranges = new ArrayList<>();
            int parsedUpTo = Integer.MAX_VALUE;
            try {
                for (Event e : new Parse(YamlReader.settings(text)).parseString(text)) {
                    if (e instanceof ScalarEvent && e.getStartMark().isPresent() && e.getEndMark().isPresent()) {
                        Mark s = e.getStartMark().get();
                        Mark end = e.getEndMark().get();
                        ranges.add(new int[] {s.getLine(), s.getColumn(), end.getLine(), end.getColumn()});
                    }
                }
            } catch (YamlEngineException e) {
                parsedUpTo = ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1)[2];
            }
            return new Scalars(ranges, parsedUpTo);
        }

        /** Scalars come in document order and never overlap: the last one starting at or before the point decides. */
        boolean contains(int line, int column) {
            int lo = 0;
            int hi = ranges.size() - 1;
            int candidate = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] r = ranges.get(mid);
                if (r[0] < line || (r[0] == line && r[1] <= column)) {
                    candidate = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (candidate < 0) {
                return false;
            }
            int[] r = ranges.get(candidate);
            return line < r[2] || (line == r[2] && column < r[3]);
        }
    }
}
