package dev.stacklint.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts instruction arguments into words the way Docker's parser does, on the joined text of a
 * {@link LogicalLine}. Which cut applies depends on the instruction (see {@link InstructionReader}).
 */
final class ArgLexer {
    /** A word's place in the joined text: [start, end). */
    record Token(int start, int end) {
    }

    private final LogicalLine line;
    private final char escape;

    ArgLexer(LogicalLine line, char escape) {
        this.line = line;
        this.escape = escape;
    }

    /** Splits on blanks only, quotes not considered (FROM, EXPOSE, COPY/ADD/VOLUME shell form). */
    List<Token> splitOnBlanks(int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Chars.isArgSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Chars.isArgSeparator(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(start, i));
            }
        }
        return tokens;
    }

    /** Splits on blanks outside quotes; the escape character protects the next one (ENV, LABEL, ARG). */
    List<Token> splitQuoted(int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Chars.isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            char quote = 0;
            while (i < to) {
                char c = line.charAt(i);
                if (quote == 0 && Chars.isSpace(c)) {
                    break;
                }
                if (c == escape && quote != '\'' && i + 1 < to) {
                    i += 2;
                    continue;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
            }
            tokens.add(new Token(start, i));
        }
        return tokens;
    }

    Word word(Token t) {
        return new Word(unquote(line.slice(t.start(), t.end())), line.span(t.start(), t.end()));
    }

    Word word(int from, int to) {
        return word(new Token(from, to));
    }

    /**
     * Removes quotes and applies escapes as Docker's word processing does: single quotes keep everything,
     * inside double quotes the escape character only escapes {@code "}, {@code $} and itself, outside quotes
     * it escapes any character. Variable references are kept as written.
     */
    String unquote(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\'') {
                int close = raw.indexOf('\'', i + 1);
                int end = close < 0 ? raw.length() : close;
                out.append(raw, i + 1, end);
                i = close < 0 ? end : end + 1;
            } else if (c == '"') {
                i = unquoteDouble(raw, i + 1, out);
            } else if (c == escape && i + 1 < raw.length()) {
                out.append(raw.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private int unquoteDouble(String raw, int from, StringBuilder out) {
        int i = from;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == escape && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (next != '"' && next != '$' && next != escape) {
                    out.append(c);
                }
                out.append(next);
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }
}
