package dev.stacklint.project.command;

import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;

/**
 * One word of a command line as the program receives it.
 *
 * @param value   the word after quote removal and expansion
 * @param origin  where the word is written (quotes included)
 * @param dynamic the value depends on something unknown at lint time ({@code $VAR}, {@code $(...)})
 */
public record Arg(String value, Origin origin, boolean dynamic) {

    public static Arg of(String value, Origin origin) {
        return new Arg(value, origin, false);
    }

    /**
     * Where the characters {@code value[from, to)} are written, as exactly as the source allows: when the
     * written text holds the value verbatim (or has the same length, as a Dockerfile shell form whose line
     * continuations were blanked out), the sub-span; otherwise the whole word.
     */
    public Origin locate(int from, int to) {
        String raw = origin.file().slice(origin.span());
        int base;
        if (raw.length() == value.length()) {
            base = 0;
        } else {
            base = raw.indexOf(value);
            if (base < 0) {
                return origin;
            }
        }
        int start = origin.span().start() + base;
        int end = origin.span().end();
        return new Origin(origin.file(), new Span(Math.min(start + from, end), Math.min(start + Math.max(from, to), end)));
    }

    /** The word {@code value[from, to)} as a word of its own (e.g. the value of {@code --bind=...}). */
    public Arg sub(int from, int to) {
        return new Arg(value.substring(from, to), locate(from, to), dynamic);
    }

    /** The last path element: {@code gunicorn} for {@code /usr/local/bin/gunicorn}. */
    public String baseName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }
}
