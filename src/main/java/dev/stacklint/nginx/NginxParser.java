package dev.stacklint.nginx;

import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an nginx configuration file the way nginx's own tokenizer does: words separated by white space, {@code #}
 * comments at the start of a word, single- and double-quoted words with backslash escapes, {@code ${VAR}} inside a
 * word (not a block), {@code ;} ending a directive and braces around a block. One pass over the text, nesting and
 * statement count bounded; like nginx it stops at the first syntax error and keeps what it read before it.
 * OpenResty's {@code *_by_lua_block} bodies are Lua, skipped by matching braces.
 */
public final class NginxParser {
    static final int MAX_DEPTH = 64;
    static final int MAX_STATEMENTS = 100_000;

    private final SourceFile file;
    private final String text;
    private int pos;
    private int statements;
    private NginxError error;
    private final List<Span> comments = new ArrayList<>();

    private NginxParser(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    public static NginxConf parse(SourceFile file) {
        NginxParser p = new NginxParser(file);
        List<Statement> top = p.body(0, Optional.empty());
        return new NginxConf(file, top, p.error == null ? List.of() : List.of(p.error), p.comments);
    }

    /** The statements up to the closing brace of the block opened by {@code opener} (or the end of the file). */
    private List<Statement> body(int depth, Optional<Word> opener) {
        List<Statement> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        while (error == null) {
            skipBlanksAndComments();
            if (pos >= text.length()) {
                if (!words.isEmpty()) {
                    fail(words.get(words.size() - 1).origin().span(), "the file ends inside the `"
                            + words.get(0).value() + "` directive: it needs a `;`");
                } else {
                    opener.ifPresent(o -> fail(o.origin().span(), "the `" + o.value()
                            + "` block opened here is never closed: add a `}`"));
                }
                return out;
            }
            char c = text.charAt(pos);
            if (c == ';') {
                if (words.isEmpty()) {
                    fail(new Span(pos, pos + 1), "unexpected `;` with no directive before it");
                    return out;
                }
                pos++;
                if (count()) {
                    out.add(new Statement.Directive(words.get(0), words.subList(1, words.size()),
                            new Origin(file, new Span(words.get(0).origin().span().start(), pos))));
                }
                words = new ArrayList<>();
            } else if (c == '{') {
                if (words.isEmpty()) {
                    fail(new Span(pos, pos + 1), "unexpected `{` with no directive before it");
                    return out;
                }
                if (depth + 1 > MAX_DEPTH) {
                    fail(new Span(pos, pos + 1), "blocks are nested more than " + MAX_DEPTH + " deep; not read further");
                    return out;
                }
                pos++;
                Word name = words.get(0);
                List<Statement> inner = name.value().endsWith("_by_lua_block") ? skipLua(name)
                        : body(depth + 1, Optional.of(name));
                if (error == null && count()) {
                    out.add(new Statement.Block(name, words.subList(1, words.size()), inner,
                            new Origin(file, new Span(name.origin().span().start(), pos))));
                }
                words = new ArrayList<>();
            } else if (c == '}') {
                if (!words.isEmpty()) {
                    fail(words.get(words.size() - 1).origin().span(), "the `" + words.get(0).value()
                            + "` directive needs a `;` before the `}`");
                } else if (opener.isEmpty()) {
                    fail(new Span(pos, pos + 1), "unexpected `}`: no block is open here");
                } else {
                    pos++;
                }
                return out;
            } else {
                Word w = word();
                if (w != null) {
                    words.add(w);
                }
            }
        }
        return out;
    }

    private boolean count() {
        if (++statements > MAX_STATEMENTS) {
            fail(new Span(pos, pos), "more than " + MAX_STATEMENTS + " directives; not read further");
            return false;
        }
        return true;
    }

    private void skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                int start = pos;
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
                comments.add(new Span(start, pos));
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    /** One word at {@code pos}: quoted, or bare up to white space, {@code ;}, a brace (not {@code ${}) or a quote. */
    private Word word() {
        int start = pos;
        char first = text.charAt(pos);
        StringBuilder value = new StringBuilder();
        if (first == '"' || first == '\'') {
            pos++;
            while (pos < text.length() && text.charAt(pos) != first) {
                pos = escape(value);
            }
            if (pos >= text.length()) {
                fail(new Span(start, start + 1), "this quote is never closed: add the closing " + first);
                return null;
            }
            pos++;
            return new Word(value.toString(), new Origin(file, new Span(start, pos)), true);
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == ';' || c == '}' || c == '"' || c == '\'') {
                break;
            }
            if (c == '{') {
                if (pos == start || text.charAt(pos - 1) != '$') {
                    break;
                }
                int close = text.indexOf('}', pos);
                int stop = close < 0 ? text.length() : close + 1;
                value.append(text, pos, stop);
                pos = stop;
                continue;
            }
            pos = escape(value);
        }
        return new Word(value.toString(), new Origin(file, new Span(start, pos)), false);
    }

    /** Appends the character at {@code pos} (a backslash escape as nginx reads it) and returns the next position. */
    private int escape(StringBuilder value) {
        char c = text.charAt(pos);
        if (c != '\\' || pos + 1 >= text.length()) {
            value.append(c);
            return pos + 1;
        }
        char n = text.charAt(pos + 1);
        switch (n) {
            case '"', '\'', '\\' -> value.append(n);
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'n' -> value.append('\n');
            default -> value.append(c).append(n);
        }
        return pos + 2;
    }

    /** Skips a Lua body to its closing brace (strings and comments of Lua taken into account roughly). */
    private List<Statement> skipLua(Word opener) {
        int depth = 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                int close = pos + 1;
                while (close < text.length() && text.charAt(close) != c && text.charAt(close) != '\n') {
                    close += text.charAt(close) == '\\' ? 2 : 1;
                }
                pos = Math.min(close + 1, text.length());
                continue;
            }
            if (c == '-' && text.startsWith("--", pos)) {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? text.length() : nl;
                continue;
            }
            pos++;
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return List.of();
            }
        }
        fail(opener.origin().span(), "the `" + opener.value() + "` block opened here is never closed: add a `}`");
        return List.of();
    }

    private void fail(Span span, String message) {
        if (error == null) {
            error = new NginxError(new Origin(file, span), message);
        }
    }
}
