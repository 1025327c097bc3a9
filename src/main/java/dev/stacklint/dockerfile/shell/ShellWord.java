package dev.stacklint.dockerfile.shell;

import dev.stacklint.source.Span;

import java.util.List;

/**
 * One word of a shell command.
 *
 * @param value the word with quotes removed and backslash escapes applied; expansions ({@code $X},
 *              {@code ${X}}, {@code $(...)}, backticks) are kept as written
 * @param raw   the word as written
 * @param span  where it is in the file
 * @param parts the value split into literal text and the expansions the shell performs
 */
public record ShellWord(String value, String raw, Span span, List<WordPart> parts) {

    public ShellWord {
        parts = List.copyOf(parts);
    }

    /** A word the shell does not expand (an exec-form element). */
    public ShellWord(String value, String raw, Span span) {
        this(value, raw, span, value.isEmpty() ? List.of() : List.of(new WordPart.Text(value)));
    }

    /** The same word located at {@code where}. */
    public ShellWord at(Span where) {
        return new ShellWord(value, raw, where, parts);
    }

    /** True when the word holds no expansion, so its value is what the command receives. */
    public boolean isLiteral() {
        return raw.indexOf('$') < 0 && raw.indexOf('`') < 0;
    }

    /** True when no part of the word is expanded when it runs ({@code '$x'} and {@code \$x} are not). */
    public boolean expandsNothing() {
        return parts.stream().allMatch(p -> p instanceof WordPart.Text);
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
