package dev.stacklint.dockerfile.shell;

import dev.stacklint.source.Span;

/**
 * One word of a shell command.
 *
 * @param value the word with quotes removed and backslash escapes applied; expansions ({@code $X},
 *              {@code ${X}}, {@code $(...)}, backticks) are kept as written
 * @param raw   the word as written
 * @param span  where it is in the file
 */
public record ShellWord(String value, String raw, Span span) {

    /** True when the word holds no expansion, so its value is what the command receives. */
    public boolean isLiteral() {
        return raw.indexOf('$') < 0 && raw.indexOf('`') < 0;
    }

    /** True when the word is an assignment {@code NAME=value} as written (name unquoted). */
    public boolean isAssignment() {
        int eq = raw.indexOf('=');
        if (eq <= 0 || !(Character.isLetter(raw.charAt(0)) || raw.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < eq; i++) {
            char c = raw.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_') || c > 127) {
                return false;
            }
        }
        return true;
    }
}
