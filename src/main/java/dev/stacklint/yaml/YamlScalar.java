package dev.stacklint.yaml;

import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;

/**
 * A scalar value.
 *
 * @param value         the value (after interpolation, when the loader has applied it)
 * @param kind          its core-schema type
 * @param origin        where it was written
 * @param contentStart  offset of {@code value}'s first character in the file when the value appears there verbatim
 *                      (so parts of it can be located exactly), else -1
 * @param usesVariables true when interpolation substituted a variable into it
 * @param mergeTag      a Compose merge tag on the scalar
 */
public record YamlScalar(String value, ScalarKind kind, Origin origin, int contentStart, boolean usesVariables,
                         MergeTag mergeTag) implements YamlNode {

    /** A scalar made by the loader (a part of a short-syntax string, a default) standing at {@code origin}. */
    public static YamlScalar synthetic(String value, Origin origin) {
        return new YamlScalar(value, ScalarKind.STRING, origin, -1, false, MergeTag.NONE);
    }

    /** The span of {@code value.substring(from, to)}: exact when the value is verbatim, else the whole scalar. */
    public Span spanOf(int from, int to) {
        if (contentStart < 0) {
            return origin.span();
        }
        return new Span(contentStart + from, contentStart + to);
    }

    /** A scalar standing for part of this one, located as precisely as possible. */
    public YamlScalar part(int from, int to) {
        Span span = spanOf(from, to);
        int start = contentStart < 0 ? -1 : span.start();
        return new YamlScalar(value.substring(from, to), ScalarKind.STRING, new Origin(origin.file(), span), start,
                usesVariables, MergeTag.NONE);
    }

    public YamlScalar withValue(String newValue, boolean substituted) {
        boolean same = newValue.equals(value);
        return new YamlScalar(newValue, kind, origin, same ? contentStart : -1, usesVariables || substituted, mergeTag);
    }

    /** The same scalar as a YAML null (an absent value standing at this position). */
    public YamlScalar asNull() {
        return new YamlScalar("", ScalarKind.NULL, origin, -1, usesVariables, mergeTag);
    }

    public YamlScalar withTag(MergeTag tag) {
        return new YamlScalar(value, kind, origin, contentStart, usesVariables, tag);
    }

    /** The value as text; a YAML null is the empty string. */
    public String text() {
        return kind == ScalarKind.NULL ? "" : value;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "a string";
            case INT, FLOAT -> "a number";
            case BOOL -> "a boolean";
            case NULL -> "null";
        };
    }
}
