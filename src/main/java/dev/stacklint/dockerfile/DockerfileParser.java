package dev.stacklint.dockerfile;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a Dockerfile the way BuildKit does: parser directives at the top, comment lines, instructions joined
 * over line continuations (skipping comment and empty lines inside them), heredoc bodies after their
 * instruction. Never throws: what cannot be read becomes a {@link SyntaxError} and parsing goes on with the
 * next instruction (see {@link InstructionReader} for what a malformed instruction becomes).
 */
public final class DockerfileParser {
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

    private final SourceFile source;
    private final String text;
    private final SourceLines lines;
    private final List<Directive> directives = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<SyntaxError> errors = new ArrayList<>();
    private char escape = '\\';

    private DockerfileParser(SourceFile source) {
        this.source = source;
        this.text = source.text();
        this.lines = new SourceLines(text);
    }

    public static Dockerfile parse(SourceFile source) {
        if (looksBinary(source.text())) {
            return new Dockerfile(source, List.of(), List.of(), List.of(),
                    List.of(new SyntaxError(new Span(0, 0), "this is not a text file (it holds binary data), so it"
                            + " cannot be a Dockerfile")), '\\');
        }
        return new DockerfileParser(source).run();
    }

    /** NUL bytes, or many undecodable bytes and control characters, in the first 8 KiB. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                odd++;
            }
        }
        return n > 0 && odd * 10 > n;
    }

    private Dockerfile run() {
        boolean directivesDone = false;
        Set<String> seenDirectives = new HashSet<>();
        boolean sawFrom = false;
        while (lines.hasNext()) {
            lines.next();
            int first = lines.firstNonBlank();
            if (!directivesDone) {
                directivesDone = !directive(first, seenDirectives);
                if (!directivesDone) {
                    continue;
                }
            }
            if (first == lines.contentEnd()) {
                continue;
            }
            if (text.charAt(first) == '#') {
                comments.add(comment(first, lines.contentEnd()));
                continue;
            }
            boolean indented = first > lines.start();
            LogicalLine line = join(first);
            if (line.text().isBlank()) {
                continue;
            }
            InstructionReader reader = new InstructionReader(text, lines, escape, errors);
            Instruction instruction = reader.read(line, indented);
            if (instruction == null) {
                continue;
            }
            if (instruction instanceof Instruction.From) {
                sawFrom = true;
            } else if (!sawFrom && !(instruction instanceof Instruction.Arg)) {
                errors.add(new SyntaxError(instruction.keywordSpan(), instruction.keyword()
                        + " before the first FROM: only ARG may come before FROM"));
            }
            instructions.add(instruction);
        }
        if (instructions.isEmpty() && errors.isEmpty()) {
            errors.add(new SyntaxError(Span.at(0), "the Dockerfile has no instructions: it needs at least a FROM"));
        }
        return new Dockerfile(source, List.copyOf(directives), List.copyOf(instructions), List.copyOf(comments),
                List.copyOf(errors), escape);
    }

    /**
     * Reads the current line as a parser directive ({@code # name=value}); false when it is not one, which
     * ends the directive section as in BuildKit (also for an unknown name, read as a plain comment).
     */
    private boolean directive(int first, Set<String> seen) {
        int end = lines.contentEnd();
        if (first >= end || text.charAt(first) != '#') {
            return false;
        }
        int i = first + 1;
        while (i < end && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        int nameStart = i;
        if (i >= end || !Chars.isNameStart(text.charAt(i)) || text.charAt(i) == '_') {
            return false;
        }
        while (i < end && Chars.isNameChar(text.charAt(i)) && text.charAt(i) != '_') {
            i++;
        }
        String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
        while (i < end && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end || text.charAt(i) != '=' || !DIRECTIVES.contains(name)) {
            return false;
        }
        i++;
        while (i < end && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        int valueEnd = end;
        while (valueEnd > i && Chars.isSpace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        if (valueEnd == i) {
            return false;
        }
        String value = text.substring(i, valueEnd);
        Span valueSpan = new Span(i, valueEnd);
        Span span = new Span(first, end);
        if (!seen.add(name)) {
            errors.add(new SyntaxError(span, "only one " + name + " parser directive may be used"));
        } else if (name.equals("check")) {
            CheckDirectives.problem(value).ifPresent(p -> errors.add(new SyntaxError(valueSpan, p)));
        } else if (name.equals("escape")) {
            if (value.equals("\\") || value.equals("`")) {
                escape = value.charAt(0);
            } else {
                errors.add(new SyntaxError(new Span(i, valueEnd),
                        "invalid escape character '" + value + "': use \\ or `"));
            }
        }
        directives.add(new Directive(name, value, span));
        return true;
    }

    private Comment comment(int hash, int end) {
        return new Comment(text.substring(hash + 1, end).trim(), new Span(hash, end));
    }

    /**
     * Joins the instruction starting on the current line at {@code first} with its continuation lines.
     * Continuation lines keep their leading blanks (as Docker keeps them); comment and empty lines inside the
     * continuation are skipped.
     */
    private LogicalLine join(int first) {
        StringBuilder joined = new StringBuilder();
        IntList offsets = new IntList();
        boolean continued = append(first, lines.contentEnd(), joined, offsets);
        while (continued && lines.hasNext()) {
            lines.next();
            int nonBlank = lines.firstNonBlank();
            if (nonBlank == lines.contentEnd()) {
                continue;
            }
            if (text.charAt(nonBlank) == '#') {
                comments.add(comment(nonBlank, lines.contentEnd()));
                continue;
            }
            continued = append(lines.start(), lines.contentEnd(), joined, offsets);
        }
        return new LogicalLine(joined.toString(), offsets.toArray());
    }

    /**
     * Appends one physical line's content; true when it ends with a continuation (the escape character, then
     * only blanks, not itself escaped — BuildKit's rule).
     */
    private boolean append(int from, int to, StringBuilder joined, IntList offsets) {
        int end = to;
        while (end > from && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        boolean continued = end > from && text.charAt(end - 1) == escape
                && (end - 1 == from || text.charAt(end - 2) != escape);
        int stop = continued ? end - 1 : to;
        for (int i = from; i < stop; i++) {
            joined.append(text.charAt(i));
            offsets.add(i);
        }
        return continued;
    }

    /** A growable int array, to map joined characters to source offsets without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
