package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/**
 * One instruction's text as Docker reads it: its physical lines joined, with line continuations, comment
 * lines and empty lines inside the continuation left out. Every character remembers its source offset, so
 * that words cut from the joined text get exact spans.
 */
final class LogicalLine {
    private final String text;
    private final int[] offsets;

    LogicalLine(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The source offset of joined character {@code i}; the end of the last character for {@code i == length()}. */
    int offset(int i) {
        if (i < text.length()) {
            return offsets[i];
        }
        return text.isEmpty() ? 0 : offsets[text.length() - 1] + 1;
    }

    /** The source span of joined characters [from, to). */
    Span span(int from, int to) {
        if (to <= from) {
            return Span.at(offset(from));
        }
        return new Span(offsets[from], offsets[to - 1] + 1);
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    /**
     * The source text of [from, to) with everything the join left out (continuation characters, line breaks,
     * comment lines) replaced by spaces: same length as {@code span(from, to)}, offsets map 1:1.
     */
    String blanked(int from, int to) {
        Span span = span(from, to);
        char[] out = new char[span.length()];
        java.util.Arrays.fill(out, ' ');
        for (int i = from; i < to; i++) {
            out[offsets[i] - span.start()] = text.charAt(i);
        }
        return new String(out);
    }

    /** The index after the last non-blank character at or before {@code to}. */
    int trimEnd(int from, int to) {
        int end = to;
        while (end > from && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The index of the first blank at or after {@code from} (the end of the word starting there). */
    int wordEnd(int from) {
        int i = from;
        while (i < text.length() && !Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    int skipSpaces(int from) {
        int i = from;
        while (i < text.length() && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
