package dev.stacklint.nginx;

import dev.stacklint.source.Origin;

/**
 * One word of an nginx directive: its value with quotes and escapes taken off, and where it was written.
 *
 * @param value  the word as nginx reads it
 * @param origin the written word, quotes included
 * @param quoted it was written in single or double quotes
 */
public record Word(String value, Origin origin, boolean quoted) {

    /** The word holds an nginx variable ({@code $host}) or an envsubst one ({@code ${PORT}}): its value is not known. */
    public boolean variable() {
        return value.contains("$");
    }
}
