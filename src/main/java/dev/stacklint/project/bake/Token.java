package dev.stacklint.project.bake;

/**
 * A token of an HCL file.
 *
 * @param kind         what it is
 * @param text         an identifier, a symbol, a number, or a string's content (escapes resolved)
 * @param interpolated for a string: it holds a {@code ${...}} or {@code %{...}} template sequence
 */
record Token(Kind kind, String text, boolean interpolated) {
    enum Kind { IDENT, STRING, NUMBER, SYMBOL, NEWLINE }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }
}
