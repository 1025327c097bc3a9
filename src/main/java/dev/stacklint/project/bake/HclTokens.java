package dev.stacklint.project.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Splits HCL text into tokens: comments dropped, strings and heredocs as one token each, newlines kept. */
final class HclTokens {
    private static final Set<String> TWO_CHAR = Set.of("==", "!=", "<=", ">=", "=>", "&&", "||", "..");

    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    private HclTokens(String s) {
        this.s = s;
    }

    /** The tokens, or empty when the text is not HCL this reader can follow (an unclosed string or comment). */
    static Optional<List<Token>> of(String text) {
        HclTokens t = new HclTokens(text);
        return t.run() ? Optional.of(t.out) : Optional.empty();
    }

    private boolean run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.add(new Token(Token.Kind.NEWLINE, "\n", false));
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '#' || s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else if (c == '"') {
                if (!string()) {
                    return false;
                }
            } else if (s.startsWith("<<", i) && heredocStart()) {
                if (!heredoc()) {
                    return false;
                }
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '-')) {
                    i++;
                }
                out.add(new Token(Token.Kind.IDENT, s.substring(start, i), false));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Token.Kind.NUMBER, s.substring(start, i), false));
            } else {
                String two = i + 2 <= s.length() ? s.substring(i, i + 2) : "";
                String symbol = TWO_CHAR.contains(two) ? two : String.valueOf(c);
                out.add(new Token(Token.Kind.SYMBOL, symbol, false));
                i += symbol.length();
            }
        }
        return true;
    }

    /** A quoted string starting at {@code i}; template sequences may hold quoted strings and braces of their own. */
    private boolean string() {
        StringBuilder text = new StringBuilder();
        boolean interpolated = false;
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                out.add(new Token(Token.Kind.STRING, text.toString(), interpolated));
                return true;
            }
            if (c == '\n') {
                return false;
            }
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                text.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
                i += 2;
            } else if ((c == '$' || c == '%') && s.startsWith("{", i + 1)) {
                int end = templateEnd(i + 2);
                if (end < 0) {
                    return false;
                }
                interpolated = true;
                text.append(s, i, end);
                i = end;
            } else if ((c == '$' || c == '%') && s.startsWith(c + "{", i + 1)) {
                text.append(c).append('{'); // $${ and %%{ stand for a literal ${ and %{
                i += 3;
            } else {
                text.append(c);
                i++;
            }
        }
        return false;
    }

    /** The index just after the brace closing a template sequence whose body starts at {@code from}, or -1. */
    private int templateEnd(int from) {
        int depth = 1;
        int k = from;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '"') {
                int close = k + 1;
                while (close < s.length() && s.charAt(close) != '"' && s.charAt(close) != '\n') {
                    close += s.charAt(close) == '\\' ? 2 : 1;
                }
                if (close >= s.length() || s.charAt(close) != '"') {
                    return -1;
                }
                k = close + 1;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k + 1;
            } else if (c == '\n') {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private boolean heredocStart() {
        int k = i + 2;
        if (k < s.length() && s.charAt(k) == '-') {
            k++;
        }
        return k < s.length() && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '_');
    }

    /** {@code <<EOT} or {@code <<-EOT} up to the line that holds only the marker. */
    private boolean heredoc() {
        int k = i + 2;
        if (s.charAt(k) == '-') {
            k++;
        }
        int start = k;
        while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) {
            k++;
        }
        String marker = s.substring(start, k);
        int line = s.indexOf('\n', k);
        if (line < 0) {
            return false;
        }
        StringBuilder body = new StringBuilder();
        int pos = line + 1;
        while (pos <= s.length()) {
            int eol = s.indexOf('\n', pos);
            String text = s.substring(pos, eol < 0 ? s.length() : eol);
            if (text.strip().equals(marker)) {
                String content = body.toString();
                out.add(new Token(Token.Kind.STRING, content, content.contains("${") || content.contains("%{")));
                i = eol < 0 ? s.length() : eol;
                return true;
            }
            body.append(text).append('\n');
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
        }
        return false;
    }
}
