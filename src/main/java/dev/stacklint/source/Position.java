package dev.stacklint.source;

/** A 1-based line and column, as every output format reports them. */
public record Position(int line, int column) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
