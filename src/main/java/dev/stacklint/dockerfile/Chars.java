package dev.stacklint.dockerfile;

/** Character classes as Docker's Go parser uses them. */
final class Chars {
    private Chars() {
    }

    /** Go's {@code unicode.IsSpace} for the characters a Dockerfile holds. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u0085' || c == '\u00A0' || Character.isSpaceChar(c);
    }

    /** The separators Docker splits whitespace-delimited arguments on ({@code [\t\v\f\r ]}). */
    static boolean isArgSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
