package dev.stacklint.dockerfile.shell;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Splits shell text into simple commands: enough of the POSIX shell (and bash) grammar to find programs and their
 * arguments, not an interpreter. Quotes, backslashes, {@code $(...)}, {@code $((...))}, {@code ${...}} and
 * backticks stay inside words; operators, redirections, comments and reserved words separate them. Compound
 * commands are read for the commands inside them: {@code if}/{@code elif}/{@code else}, {@code for}/{@code select}
 * and {@code while}/{@code until} loops (their headers are no commands), {@code case} (patterns and {@code ;;} are
 * no commands, a {@code |} between patterns is no pipe), {@code { ...; }}, subshells, function definitions,
 * {@code [[ ... ]]} and {@code (( ... ))} (one command each, whatever operators they hold), and heredoc bodies
 * (text, not commands). One pass, linear in the text; never throws; unterminated quotes run to the end.
 * It also splits a line into words the way Compose splits a string {@code command} ({@link #words}).
 */
public final class ShellParser {
    /** Reserved words that may open a command without being its program. */
    private static final Set<String> RESERVED = Set.of("if", "then", "else", "elif", "fi", "do", "done", "while",
            "until", "!", "{", "}", "time", "esac", "case", "for", "select", "function");
    /** First words that open and close a block whose commands run only under a condition. */
    private static final Set<String> OPENERS = Set.of("if", "case", "while", "until", "for", "select");
    private static final Set<String> CLOSERS = Set.of("fi", "esac", "done");
    private static final Set<String> TESTS = Set.of("[", "[[", "test");

    /** How many texts {@link #parse} has read in this JVM: tests prove with it that a RUN is parsed once. */
    private static final LongAdder PARSES = new LongAdder();

    private final String text;
    private final int base;
    /** Only blanks, quotes and backslashes are special (Compose's splitting of a string command). */
    private final boolean plain;
    /** Commands made only of reserved words ({@code fi}, {@code done}) are kept. */
    private final boolean keepReserved;
    private final List<SimpleCommand> commands = new ArrayList<>();
    private final List<ShellWord> reserved = new ArrayList<>();
    private final List<ShellWord> assignments = new ArrayList<>();
    private final List<ShellWord> words = new ArrayList<>();
    private int commandStart = -1;
    private int commandEnd;
    /** Where the current command's reserved words are: its span when it has nothing else. */
    private int reservedStart = -1;
    private int reservedEnd;
    /** What the next words are when a compound command's header is being read. */
    private Header header = Header.NONE;
    /** Open {@code case} commands, and whether a pattern (not a command) comes next. */
    private int caseDepth;
    private boolean expectPattern;
    /** Inside {@code [[ ... ]]}: operators are words of the test. */
    private boolean inTest;
    /** Heredocs whose bodies start after the next line break. */
    private final List<PendingHeredoc> heredocs = new ArrayList<>();
    private boolean piped;
    private int i;
    /** The parts of the word being read, and its literal text not yet in a part. */
    private final List<WordPart> parts = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    // what decides whether the next command is conditional
    private int nesting;
    /** How many {@code ( ... )} subshells the next command is in. */
    private int subshells;
    private boolean afterTest;
    private String before = ";";

    /** The words of a compound command's header, which are no command. */
    private enum Header {
        NONE,
        /** after {@code case}: the word matched */
        CASE_SUBJECT,
        /** after {@code case WORD}: {@code in} */
        CASE_IN,
        /** after {@code for} / {@code select}: the variable */
        LOOP_NAME,
        /** after {@code for NAME}: {@code in} and the words looped over, up to the command's end */
        LOOP_WORDS,
        /** after {@code function}: the function's name */
        FUNCTION_NAME
    }

    private record PendingHeredoc(String delimiter, boolean stripTabs) {
    }

    private ShellParser(String text, int base, boolean plain, boolean keepReserved) {
        this.text = text;
        this.base = base;
        this.plain = plain;
        this.keepReserved = keepReserved;
    }

    /**
     * The simple commands that have a program or an assignment.
     *
     * @param text the shell text
     * @param base the source offset of {@code text.charAt(0)}, so that spans point into the file
     */
    public static List<SimpleCommand> parse(String text, int base) {
        PARSES.increment();
        ShellParser p = new ShellParser(text, base, false, false);
        p.run();
        return List.copyOf(p.commands);
    }

    /** How many texts {@link #parse} has read so far in this JVM. */
    public static long parses() {
        return PARSES.sum();
    }

    /**
     * Every simple command of a script, those made only of reserved words ({@code fi}, {@code done}) included,
     * so that the last one is the one that runs last. Spans are offsets into {@code text}.
     */
    public static List<SimpleCommand> script(String text) {
        ShellParser p = new ShellParser(text, 0, false, true);
        p.run();
        return List.copyOf(p.commands);
    }

    /**
     * The words of a line split the way Compose splits a string {@code command}: blanks separate, quotes group,
     * backslash escapes; no operators, comments or expansions ({@code $} stays as written). Spans are offsets
     * into {@code text}.
     */
    public static List<ShellWord> words(String text) {
        ShellParser p = new ShellParser(text, 0, true, false);
        List<ShellWord> out = new ArrayList<>();
        while (p.i < text.length()) {
            if (p.blank()) {
                continue;
            }
            char c = text.charAt(p.i);
            if (c == '\n') {
                p.i++;
            } else {
                out.add(p.word(false));
            }
        }
        return List.copyOf(out);
    }

    /** Skips a blank or a line continuation at {@code i}. */
    private boolean blank() {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\r') {
            i++;
            return true;
        }
        if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
            // a line continuation between words (heredoc scripts keep them) is a blank
            i += peek(1) == '\n' ? 2 : 3;
            return true;
        }
        return false;
    }

    private void run() {
        int n = text.length();
        while (i < n) {
            if (blank()) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '#' && (!inTest || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\n') {
                i++;
                if (!inTest) {
                    endCommand("");
                    skipHeredocBodies();
                }
            } else if (inTest) {
                testToken(c);
            } else if (expectPattern) {
                casePattern(c);
            } else if (c == ';') {
                // ";;", ";&" and ";;&" end a case branch: a pattern comes next
                boolean branchEnd = peek(1) == ';' || peek(1) == '&';
                i += !branchEnd ? 1 : peek(1) == ';' && peek(2) == '&' ? 3 : 2;
                endCommand(";");
                expectPattern = branchEnd && caseDepth > 0;
            } else if (c == '(') {
                openParen();
            } else if (c == ')') {
                endCommand(";");
                subshells = Math.max(0, subshells - 1);
                i++;
            } else if (c == '&') {
                if (peek(1) == '>') {
                    touch(i);
                    i++;
                    redirection();
                } else {
                    String op = peek(1) == '&' ? "&&" : "&";
                    i += op.length();
                    endCommand(op);
                }
            } else if (c == '|') {
                piped = peek(1) != '|';
                String op = peek(1) == '|' ? "||" : "|";
                i += peek(1) == '|' || peek(1) == '&' ? 2 : 1;
                endCommand(op);
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
        endCommand("");
    }

    /**
     * A {@code (} opens a subshell, an arithmetic command {@code (( ... ))} (one word, its operators are no
     * operators), or ends a function's name ({@code name() ...}, {@code function name() ...}).
     */
    private void openParen() {
        int close = i + 1;
        while (close < text.length() && (text.charAt(close) == ' ' || text.charAt(close) == '\t')) {
            close++;
        }
        boolean emptyParens = close < text.length() && text.charAt(close) == ')';
        if (emptyParens && (header == Header.NONE && words.size() == 1 && assignments.isEmpty()
                || header == Header.LOOP_WORDS && words.isEmpty())) {
            // a function definition: its name is no command; the body that follows is read as usual
            words.clear();
            commandStart = -1;
            commandEnd = 0;
            header = Header.NONE;
            i = close + 1;
        } else if (peek(1) == '(' && words.isEmpty() && assignments.isEmpty()) {
            int start = i;
            i = matching(i);
            String raw = text.substring(start, i);
            add(new ShellWord(raw, raw, new Span(base + start, base + i), List.of(new WordPart.Dynamic())));
        } else {
            endCommand(";");
            subshells++;
            i++;
        }
    }

    /** Inside {@code [[ ... ]]}: operators are words of the test; {@code ]]} ends it. */
    private void testToken(char c) {
        if ("&|<>()!;".indexOf(c) >= 0) {
            int start = i;
            while (i < text.length() && "&|<>()!;".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            String op = text.substring(start, i);
            add(new ShellWord(op, op, new Span(base + start, base + i)));
            return;
        }
        ShellWord w = word(false);
        inTest = !w.raw().equals("]]");
        add(w);
    }

    /** Where a case pattern is due: {@code (}, pattern words and {@code |} up to {@code )}; or {@code esac}. */
    private void casePattern(char c) {
        if (c == '(' || c == '|' || c == ';') {
            i++;
        } else if (c == ')') {
            i++;
            expectPattern = false;
        } else {
            ShellWord w = word(false);
            if (w.raw().equals("esac") && (i >= text.length() || text.charAt(i) != ')')) {
                expectPattern = false;
                add(w);
            } else if (w.raw().isEmpty()) {
                i++; // a character no word holds (a stray operator): skip it
            }
        }
    }

    /** After a line break, skips the bodies of the heredocs opened on the line before. */
    private void skipHeredocBodies() {
        for (PendingHeredoc h : heredocs) {
            while (i < text.length()) {
                int eol = text.indexOf('\n', i);
                int end = eol < 0 ? text.length() : eol;
                String line = text.substring(i, end > i && text.charAt(end - 1) == '\r' ? end - 1 : end);
                i = eol < 0 ? text.length() : eol + 1;
                if ((h.stripTabs() ? line.replaceFirst("^\t+", "") : line).equals(h.delimiter())) {
                    break;
                }
            }
        }
        heredocs.clear();
    }

    private char peek(int ahead) {
        int j = i + ahead;
        return j < text.length() ? text.charAt(j) : '\0';
    }

    private boolean endsWord(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || !plain && (c == ';' || c == '&' || c == '|'
                || c == '(' || c == ')' || c == '<' || c == '>');
    }

    /**
     * Reads a word at {@code i}. A word of digits right before {@code <} or {@code >} is a file descriptor:
     * with {@code redirect} the redirection is read and null returned.
     */
    private ShellWord word(boolean redirect) {
        int start = i;
        StringBuilder value = new StringBuilder();
        parts.clear();
        pending.setLength(0);
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
                    literal(value, text.substring(i + 1, i + 2));
                }
                i += 2;
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                int end = close < 0 ? n : close;
                literal(value, text.substring(i + 1, end));
                i = close < 0 ? n : close + 1;
            } else if (c == '"') {
                i = doubleQuoted(i + 1, value);
            } else {
                i = dollarOrChar(i, value);
            }
        }
        i = Math.min(i, n);
        if (!pending.isEmpty()) {
            parts.add(new WordPart.Text(pending.toString()));
        }
        return new ShellWord(value.toString(), text.substring(start, i), new Span(base + start, base + i), parts);
    }

    /** Appends text that the shell takes as it is. */
    private void literal(StringBuilder value, String s) {
        value.append(s);
        pending.append(s);
    }

    /** Appends an expansion, written as {@code text[from, to)}. */
    private void expansion(StringBuilder value, WordPart part, int from, int to) {
        value.append(text, from, to);
        if (!pending.isEmpty()) {
            parts.add(new WordPart.Text(pending.toString()));
            pending.setLength(0);
        }
        parts.add(part);
    }

    /**
     * Reads the expansion ({@code $...} or a backquote) or plain character at {@code j}, outside single quotes,
     * and returns the index after it.
     */
    private int dollarOrChar(int j, StringBuilder value) {
        char c = text.charAt(j);
        char next = j + 1 < text.length() ? text.charAt(j + 1) : '\0';
        if (plain || (c != '$' && c != '`')) {
            literal(value, String.valueOf(c));
            return j + 1;
        }
        if (c == '`') {
            int end = backtickEnd(j + 1);
            expansion(value, new WordPart.Dynamic(), j, end);
            return end;
        }
        if (next == '(') {
            int end = matching(j + 1);
            expansion(value, new WordPart.Dynamic(), j, end);
            return end;
        }
        if (next == '{') {
            int end = matching(j + 1);
            String inner = text.substring(Math.min(j + 2, end), Math.max(j + 2, end - 1));
            expansion(value, WordPart.braced(inner), j, end);
            return end;
        }
        if (next == '@' || next == '*') {
            expansion(value, new WordPart.Arguments(), j, j + 2);
            return j + 2;
        }
        if (Character.isDigit(next) || "#?$!-".indexOf(next) >= 0) {
            expansion(value, new WordPart.Dynamic(), j, j + 2);
            return j + 2;
        }
        if (Character.isLetter(next) || next == '_') {
            int end = j + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            expansion(value, new WordPart.Variable(text.substring(j + 1, end), "", ""), j, end);
            return end;
        }
        literal(value, "$");
        return j + 1;
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
                    literal(value, String.valueOf(next));
                } else if (next != '\n') {
                    literal(value, text.substring(j, j + 2));
                }
                j += 2;
            } else {
                j = dollarOrChar(j, value);
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
        int opStart = i;
        char first = text.charAt(i++);
        if (i < n && (text.charAt(i) == first || text.charAt(i) == '&' || text.charAt(i) == '|')) {
            i++;
        }
        if (first == '<' && i < n && (text.charAt(i) == '<' || text.charAt(i) == '-')) {
            i++;
        }
        String op = text.substring(opStart, i);
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
            ShellWord target = word(false);
            if (op.equals("<<") || op.equals("<<-")) {
                heredocs.add(new PendingHeredoc(target.value(), op.equals("<<-")));
            }
        }
        touch(i - 1);
    }

    private void add(ShellWord w) {
        if (header != Header.NONE) {
            headerWord(w);
            return;
        }
        if (words.isEmpty() && assignments.isEmpty() && RESERVED.contains(w.raw())) {
            reserved.add(w);
            if (reservedStart < 0) {
                reservedStart = w.span().start();
            }
            reservedEnd = w.span().end();
            header = switch (w.raw()) {
                case "case" -> Header.CASE_SUBJECT;
                case "for", "select" -> Header.LOOP_NAME;
                case "function" -> Header.FUNCTION_NAME;
                default -> Header.NONE;
            };
            if (w.raw().equals("esac") && caseDepth > 0) {
                caseDepth--;
            }
            return;
        }
        if (words.isEmpty() && w.isAssignment()) {
            assignments.add(w);
        } else {
            inTest |= words.isEmpty() && w.raw().equals("[[");
            words.add(w);
        }
        touch(w.span().start() - base);
        touch(w.span().end() - base - 1);
    }

    /** A word of a compound command's header: part of the reserved words' span, no command. */
    private void headerWord(ShellWord w) {
        reservedEnd = w.span().end();
        header = switch (header) {
            case CASE_SUBJECT -> Header.CASE_IN;
            case CASE_IN -> {
                // "case WORD in": the patterns come next
                caseDepth++;
                expectPattern = true;
                endCommand("");
                yield Header.NONE;
            }
            case LOOP_NAME, LOOP_WORDS -> Header.LOOP_WORDS;
            case FUNCTION_NAME, NONE -> Header.NONE;
        };
    }

    /** Extends the current command's span over text index {@code at}. */
    private void touch(int at) {
        int off = base + Math.max(0, Math.min(at, text.length() - 1));
        if (commandStart < 0) {
            commandStart = off;
        }
        commandEnd = Math.max(commandEnd, off + 1);
    }

    /** Ends the command being read, which {@code op} follows. */
    private void endCommand(String op) {
        boolean program = !words.isEmpty() || !assignments.isEmpty();
        boolean conditional = nesting > 0 || before.equals("||") || (before.equals("&&") && afterTest);
        if (program || !reserved.isEmpty()) {
            String first = !reserved.isEmpty() ? reserved.get(0).raw()
                    : !assignments.isEmpty() || !words.get(0).expandsNothing() ? "" : words.get(0).value();
            nesting = Math.max(0, nesting + (OPENERS.contains(first) ? 1 : CLOSERS.contains(first) ? -1 : 0));
            afterTest = (before.equals("&&") && afterTest) || TESTS.contains(first);
            before = op;
        }
        if (program || (keepReserved && !reserved.isEmpty())) {
            // a command's span starts at its own words, not at the "if" or "then" before them
            Span span = commandStart >= 0 ? new Span(commandStart, Math.max(commandStart, commandEnd))
                    : new Span(reservedStart, Math.max(reservedStart, reservedEnd));
            commands.add(new SimpleCommand(List.copyOf(assignments), List.copyOf(words), span, piped,
                    List.copyOf(reserved), op, conditional, subshells > 0));
        } else if (piped && !commands.isEmpty()) {
            // a group or subshell piped as a whole: "{ a; b; } | c", "(a; b) | c"
            commands.add(commands.remove(commands.size() - 1).asPiped());
        }
        piped = false;
        words.clear();
        reserved.clear();
        assignments.clear();
        commandStart = -1;
        commandEnd = 0;
        reservedStart = -1;
        reservedEnd = 0;
        if (header == Header.LOOP_WORDS || header == Header.FUNCTION_NAME) {
            header = Header.NONE; // "for x in a b;" ends the header; "case" and "for" wait across line breaks
        }
    }
}
