package dev.stacklint.source;

/**
 * A half-open range of character offsets [start, end) in a {@link SourceFile}'s text.
 * Offsets stay offsets until a report is written; only then are they turned into lines and columns.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
