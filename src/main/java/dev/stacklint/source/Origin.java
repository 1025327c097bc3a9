package dev.stacklint.source;

/** Where something was written: a file and a span in its text. */
public record Origin(SourceFile file, Span span) {

    public Position start() {
        return file.position(span.start());
    }

    /** The smallest span covering both, when they are in the same file; otherwise this one. */
    public Origin to(Origin other) {
        return other.file == file ? new Origin(file, span.to(other.span)) : this;
    }
}
