package dev.stacklint.rule;

import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

/**
 * Another place a finding is about: the first occurrence of a duplicate, the service a cycle passes through. SARIF
 * writes these as {@code relatedLocations}.
 */
public record RelatedLocation(SourceFile file, Span span, String message) {

    public static RelatedLocation at(dev.stacklint.source.Origin origin, String message) {
        return new RelatedLocation(origin.file(), origin.span(), message);
    }
    public Position start() {
        return file.position(span.start());
    }

    public Position end() {
        return file.position(span.end());
    }
}
