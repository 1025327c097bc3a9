package dev.stacklint.dockerfile;

/**
 * Walks the physical lines of a Dockerfile. A line ends at {@code \n}; its content excludes the trailing
 * {@code \r}/{@code \n} characters, as Docker trims them.
 */
final class SourceLines {
    private final String text;
    private int pos;
    private int start;
    private int contentEnd;

    SourceLines(String text) {
        this.text = text;
    }

    boolean hasNext() {
        return pos < text.length();
    }

    /** Moves to the next line; read it with {@link #start()} and {@link #contentEnd()}. */
    void next() {
        start = pos;
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl;
        pos = nl < 0 ? text.length() : nl + 1;
        while (end > start && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        contentEnd = end;
    }

    int start() {
        return start;
    }

    int contentEnd() {
        return contentEnd;
    }

    /** The first non-blank offset of the current line, or {@link #contentEnd()}. */
    int firstNonBlank() {
        int i = start;
        while (i < contentEnd && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset where the next line starts (the end of the text after the last line). */
    int nextStart() {
        return pos;
    }
}
