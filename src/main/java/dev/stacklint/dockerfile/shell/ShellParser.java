package dev.stacklint.dockerfile.shell;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits shell text into simple commands: enough of the POSIX shell grammar to find programs and their
 * arguments (quotes, backslashes, {@code $(...)}, {@code ${...}} and backticks kept inside words, operators,
 * redirections, comments, reserved words), not an interpreter. Never throws; unterminated quotes run to the end.
 */
public final class ShellParser {
    /** Reserved words that may open a command without being its program. */
    private static final Set<String> RESERVED = Set.of("if", "then", "else", "elif", "fi", "do", "done", "while",
            "until", "!", "{", "}", "time", "esac");

    private final String text;
    private final int base;
    private final List<SimpleCommand> commands = new ArrayList<>();
    private final List<ShellWord> assignments = new ArrayList<>();
    private final List<ShellWord> words = new ArrayList<>();
    private int commandStart = -1;
    private int commandEnd;
    private boolean piped;
    private int i;

    private ShellParser(String text, int base) {
        this.text = text;
        this.base = base;
    }

    /**
     * @param text the shell text
     * @param base the source offset of {@code text.charAt(0)}, so that spans point into the file
     */
    public static List<SimpleCommand> parse(String text, int base) {
        ShellParser p = new ShellParser(text, base);
        p.run();
        return List.copyOf(p.commands);
    }

    private void run() {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
                // a line continuation between words (heredoc scripts keep them) is a blank
                i += peek(1) == '\n' ? 2 : 3;
            } else if (c == '\n' || c == ';' || c == '(' || c == ')') {
                endCommand();
                i++;
            } else if (c == '&') {
                if (peek(1) == '>') {
                    touch(i);
                    i++;
                    redirection();
                } else {
                    i += peek(1) == '&' ? 2 : 1;
                    endCommand();
                }
            } else if (c == '|') {
                piped = peek(1) != '|';
                i += peek(1) == '|' || peek(1) == '&' ? 2 : 1;
                endCommand();
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '<' || c == '>') {
                touch(i);
                redirection();
            } else {
                ShellWord w = word(true);
                if (w != null) {
                    add(w);
                }
            }
        }
        endCommand();
    }

    private char peek(int ahead) {
        int j = i + ahead;
        return j < text.length() ? text.charAt(j) : '\0';
    }

    private static boolean endsWord(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
                || c == '(' || c == ')' || c == '<' || c == '>';
    }

    /**
     * Reads a word at {@code i}. A word of digits right before {@code <} or {@code >} is a file descriptor:
     * with {@code redirect} the redirection is read and null returned.
     */
    private ShellWord word(boolean redirect) {
        int start = i;
        StringBuilder value = new StringBuilder();
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (endsWord(c)) {
                if (redirect && (c == '<' || c == '>') && i > start && isDigits(start, i)) {
                    touch(start);
                    redirection();
                    return null;
                }
                break;
            }
            if (c == '\\') {
                if (i + 1 < n && text.charAt(i + 1) != '\n') {
                    value.append(text.charAt(i + 1));
                }
                i += 2;
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                int end = close < 0 ? n : close;
                value.append(text, i + 1, end);
                i = close < 0 ? n : close + 1;
            } else if (c == '"') {
                i = doubleQuoted(i + 1, value);
            } else if (c == '$' && (peek(1) == '(' || peek(1) == '{')) {
                int end = matching(i + 1);
                value.append(text, i, end);
                i = end;
            } else if (c == '`') {
                int end = backtickEnd(i + 1);
                value.append(text, i, end);
                i = end;
            } else {
                value.append(c);
                i++;
            }
        }
        i = Math.min(i, n);
        return new ShellWord(value.toString(), text.substring(start, i), new Span(base + start, base + i));
    }

    private boolean isDigits(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private int doubleQuoted(int from, StringBuilder value) {
        int j = from;
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (c == '"') {
                return j + 1;
            }
            if (c == '\\' && j + 1 < n) {
                char next = text.charAt(j + 1);
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    value.append(next);
                } else if (next != '\n') {
                    value.append(c).append(next);
                }
                j += 2;
            } else if (c == '$' && j + 1 < n && (text.charAt(j + 1) == '(' || text.charAt(j + 1) == '{')) {
                int end = matching(j + 1);
                value.append(text, j, end);
                j = end;
            } else if (c == '`') {
                int end = backtickEnd(j + 1);
                value.append(text, j, end);
                j = end;
            } else {
                value.append(c);
                j++;
            }
        }
        return n;
    }

    /** The index after the bracket closing the one at {@code open} ({@code (} or {@code {}). */
    private int matching(int open) {
        char o = text.charAt(open);
        char close = o == '(' ? ')' : '}';
        int depth = 0;
        int j = open;
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, j + 1);
                j = end < 0 ? n : end + 1;
                continue;
            }
            if (c == o) {
                depth++;
            } else if (c == close && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return n;
    }

    private int backtickEnd(int from) {
        int j = from;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '`') {
                return j + 1;
            } else {
                j++;
            }
        }
        return text.length();
    }

    /** Reads a redirection operator at {@code i} and its target, which are not words of the command. */
    private void redirection() {
        int n = text.length();
        char first = text.charAt(i++);
        if (i < n && (text.charAt(i) == first || text.charAt(i) == '&' || text.charAt(i) == '|')) {
            i++;
        }
        if (first == '<' && i < n && (text.charAt(i) == '<' || text.charAt(i) == '-')) {
            i++;
        }
        if (text.charAt(i - 1) == '&' && i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            touch(i - 1);
            return;
        }
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < n && !endsWord(text.charAt(i))) {
            word(false);
        }
        touch(i - 1);
    }

    private void add(ShellWord w) {
        if (words.isEmpty() && w.isAssignment()) {
            assignments.add(w);
        } else if (!(words.isEmpty() && RESERVED.contains(w.raw()))) {
            words.add(w);
        }
        touch(w.span().start() - base);
        touch(w.span().end() - base - 1);
    }

    /** Extends the current command's span over text index {@code at}. */
    private void touch(int at) {
        int off = base + Math.max(0, Math.min(at, text.length() - 1));
        if (commandStart < 0) {
            commandStart = off;
        }
        commandEnd = Math.max(commandEnd, off + 1);
    }

    private void endCommand() {
        if (!words.isEmpty() || !assignments.isEmpty()) {
            commands.add(new SimpleCommand(List.copyOf(assignments), List.copyOf(words),
                    new Span(commandStart, Math.max(commandStart, commandEnd)), piped));
        } else if (piped && !commands.isEmpty()) {
            // a group or subshell piped as a whole: "{ a; b; } | c", "(a; b) | c"
            SimpleCommand last = commands.remove(commands.size() - 1);
            commands.add(new SimpleCommand(last.assignments(), last.words(), last.span(), true));
        }
        piped = false;
        words.clear();
        assignments.clear();
        commandStart = -1;
        commandEnd = 0;
    }
}
