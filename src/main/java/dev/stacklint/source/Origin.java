package dev.stacklint.source;

/** Where something was written: a file and a span in its text. */
public record Origin(SourceFile file, Span span) {

    public Position start() {
        return file.position(span.start());
    }
}
