package dev.stacklint.project;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

/** A place in one file: where a value of the stack model was written. */
public record Origin(SourceFile file, Span span) {

    /** The smallest span covering both, when they are in the same file; otherwise this one. */
    public Origin to(Origin other) {
        return other.file == file ? new Origin(file, span.to(other.span)) : this;
    }
}
