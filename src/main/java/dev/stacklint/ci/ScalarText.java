package dev.stacklint.ci;

import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.YamlScalar;

import java.util.Arrays;

/**
 * Where the characters of a YAML scalar's value are in its file, so that a word of a {@code run: |} script is
 * located exactly: a plain or quoted scalar written verbatim maps one to one; each line of a literal block scalar
 * is found in the file after the line before it (its indentation stripped, the rest as written). A part that cannot
 * be mapped (a folded scalar, escapes) is located at the whole scalar.
 */
final class ScalarText {
    /** A scalar longer than this is not searched for the parts it cannot map (bounded time on any input). */
    private static final int MAX_SEARCHED = 8192;
    private final YamlScalar scalar;
    /** For each line of the value: its offset in the value, and in the file (-1 when not found). */
    private final int[] valueStarts;
    private final int[] fileStarts;

    private ScalarText(YamlScalar scalar, int[] valueStarts, int[] fileStarts) {
        this.scalar = scalar;
        this.valueStarts = valueStarts;
        this.fileStarts = fileStarts;
    }

    static ScalarText of(YamlScalar scalar) {
        String value = scalar.text();
        String[] lines = value.split("\n", -1);
        int[] valueStarts = new int[lines.length];
        int[] fileStarts = new int[lines.length];
        Arrays.fill(fileStarts, -1);
        String text = scalar.origin().file().text();
        int end = Math.min(text.length(), scalar.origin().span().end());
        int cursor = scalar.origin().span().start();
        int at = 0;
        boolean lost = false; // once a line is not found (a folded scalar), the next ones are not looked for
        for (int i = 0; i < lines.length; i++) {
            valueStarts[i] = at;
            at += lines[i].length() + 1;
            if (scalar.contentStart() >= 0) {
                fileStarts[i] = scalar.contentStart() + valueStarts[i];
            } else if (!lines[i].isEmpty() && !lost) {
                int found = text.indexOf(lines[i], cursor);
                lost = found < 0 || found + lines[i].length() > end;
                if (!lost) {
                    fileStarts[i] = found;
                    cursor = found + lines[i].length();
                }
            }
        }
        return new ScalarText(scalar, valueStarts, fileStarts);
    }

    String value() {
        return scalar.text();
    }

    /** Where {@code value().substring(from, to)} is written. */
    Origin locate(int from, int to) {
        int line = Arrays.binarySearch(valueStarts, from);
        if (line < 0) {
            line = -line - 2;
        }
        boolean oneLine = line + 1 >= valueStarts.length || to < valueStarts[line + 1];
        if (line < 0 || fileStarts[line] < 0 || !oneLine) {
            return once(from, to);
        }
        int start = fileStarts[line] + from - valueStarts[line];
        return new Origin(scalar.origin().file(), new Span(start, start + (to - from)));
    }

    /** A part written once within the scalar (a word of a folded or multi-line plain scalar); else the scalar. */
    private Origin once(int from, int to) {
        String part = scalar.text().substring(from, to);
        String text = scalar.origin().file().text();
        Span span = scalar.origin().span();
        int end = Math.min(text.length(), span.end());
        if (span.length() > MAX_SEARCHED) {
            return scalar.origin();
        }
        int at = part.isEmpty() || part.indexOf('\n') >= 0 ? -1 : text.indexOf(part, span.start());
        int again = at < 0 ? -1 : text.indexOf(part, at + 1);
        if (at < 0 || at + part.length() > end || again >= 0 && again + part.length() <= end) {
            return scalar.origin();
        }
        return new Origin(scalar.origin().file(), new Span(at, at + part.length()));
    }

}
