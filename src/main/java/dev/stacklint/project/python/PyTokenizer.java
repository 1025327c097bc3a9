package dev.stacklint.project.python;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits Python source into logical lines of tokens. It knows strings (prefixes, triple quotes, escapes),
 * comments, brackets and continuations, enough that text inside strings and comments is never taken for code.
 * Never fails: an unterminated string ends at the end of the file.
 */
public final class PyTokenizer {
    private static final List<String> OPERATORS = List.of("**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=",
            "<=", ">=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<<", ">>");

    private final String s;
    private int i;
    private int depth;
    private final List<LogicalLine> lines = new ArrayList<>();
    private List<PyToken> current = new ArrayList<>();
    private int indent;
    private int lineStart;

    private PyTokenizer(String s) {
        this.s = s;
    }

    public static List<LogicalLine> tokenize(String source) {
        return new PyTokenizer(source).run();
    }

    private List<LogicalLine> run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (depth == 0) {
                    endLine();
                }
                i++;
                lineStart = i;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i += s.charAt(i + 1) == '\r' && i + 2 < s.length() && s.charAt(i + 2) == '\n' ? 3 : 2;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '.')) {
                    i++;
                }
                add(PyToken.Kind.NUMBER, start, Optional.empty());
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'') && isPrefix(s.substring(start, i))) {
                    string(start, s.substring(start, i));
                } else {
                    add(PyToken.Kind.NAME, start, Optional.empty());
                }
            } else if (c == '"' || c == '\'') {
                string(i, "");
            } else {
                operator();
            }
        }
        endLine();
        return List.copyOf(lines);
    }

    private static boolean isPrefix(String p) {
        return p.length() <= 2 && p.toLowerCase().matches("[rbuf]|rb|br|fr|rf");
    }

    private void operator() {
        int start = i;
        char c = s.charAt(i);
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) {
                i += op.length();
                add(PyToken.Kind.OP, start, Optional.empty());
                return;
            }
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        }
        i++;
        add(PyToken.Kind.OP, start, Optional.empty());
    }

    /** A string literal starting at {@code start} (its prefix included); {@code i} is at the opening quote. */
    private void string(int start, String prefix) {
        char q = s.charAt(i);
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), i);
        String close = triple ? String.valueOf(q).repeat(3) : String.valueOf(q);
        boolean raw = prefix.toLowerCase().contains("r");
        boolean format = prefix.toLowerCase().contains("f");
        i += close.length();
        StringBuilder value = new StringBuilder();
        boolean fields = false;
        while (i < s.length() && !s.startsWith(close, i)) {
            char c = s.charAt(i);
            if (!triple && c == '\n') {
                break;
            }
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (raw) {
                    value.append(c).append(n);
                } else {
                    switch (n) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case '\n' -> { }
                        case '\\', '\'', '"' -> value.append(n);
                        default -> value.append(c).append(n);
                    }
                }
                i += 2;
                continue;
            }
            if (format && c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    value.append('{');
                    i += 2;
                    continue;
                }
                fields = true;
            }
            value.append(c);
            i++;
        }
        if (s.startsWith(close, i)) {
            i += close.length();
        }
        add(PyToken.Kind.STRING, start, fields ? Optional.empty() : Optional.of(value.toString()));
    }

    private void add(PyToken.Kind kind, int start, Optional<String> value) {
        if (current.isEmpty()) {
            indent = column(lineStart, start);
        }
        current.add(new PyToken(kind, s.substring(start, i), value, new Span(start, i)));
    }

    /** The indentation column of {@code offset} on a line starting at {@code from}. */
    private int column(int from, int offset) {
        int col = 0;
        for (int k = from; k < offset && k < s.length(); k++) {
            col = s.charAt(k) == '\t' ? (col / 8 + 1) * 8 : col + 1;
        }
        return col;
    }

    private void endLine() {
        if (!current.isEmpty()) {
            splitSemicolons();
            current = new ArrayList<>();
        }
        depth = 0;
    }

    /** {@code a = 1; b = 2} is two statements at the same indentation. */
    private void splitSemicolons() {
        List<PyToken> part = new ArrayList<>();
        int d = 0;
        for (PyToken t : current) {
            if (t.kind() == PyToken.Kind.OP) {
                if ("([{".contains(t.text())) {
                    d++;
                } else if (")]}".contains(t.text()) && d > 0) {
                    d--;
                }
            }
            if (d == 0 && t.is(";")) {
                if (!part.isEmpty()) {
                    lines.add(new LogicalLine(indent, List.copyOf(part)));
                }
                part = new ArrayList<>();
            } else {
                part.add(t);
            }
        }
        if (!part.isEmpty()) {
            lines.add(new LogicalLine(indent, List.copyOf(part)));
        }
    }
}
