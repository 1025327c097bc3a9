package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;
import dev.stacklint.source.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@link LogicalLine} into an {@link Instruction}, reading heredoc bodies from the lines that follow.
 *
 * <p>What a malformed instruction becomes:
 * <ul>
 *   <li>unknown keyword, missing arguments (FROM, RUN, COPY with one path, ENV without value...), a SHELL that
 *       is not a JSON array, a JSON array holding non-strings, an unknown HEALTHCHECK type, a forbidden ONBUILD
 *       trigger: no node, one {@link SyntaxError};</li>
 *   <li>a bad or unknown flag, FROM with extra words, an invalid stage name, one malformed ENV/LABEL/ARG pair,
 *       HEALTHCHECK NONE with arguments, an unterminated heredoc: the node is kept (flags as written, the pairs
 *       that could be read, the heredoc running to the end of the file) and the error is reported beside it,
 *       so that stages and rules still see what the author meant.</li>
 * </ul>
 */
final class InstructionReader {
    private enum FlagKind { TEXT, LIST, BOOL }

    private static final Map<String, Map<String, FlagKind>> FLAGS = Map.of(
            "from", Map.of("platform", FlagKind.TEXT),
            "run", Map.of("mount", FlagKind.LIST, "network", FlagKind.TEXT, "security", FlagKind.TEXT,
                    "device", FlagKind.LIST),
            "copy", Map.of("from", FlagKind.TEXT, "chown", FlagKind.TEXT, "chmod", FlagKind.TEXT,
                    "link", FlagKind.BOOL, "parents", FlagKind.BOOL, "exclude", FlagKind.LIST),
            "add", Map.of("chown", FlagKind.TEXT, "chmod", FlagKind.TEXT, "link", FlagKind.BOOL,
                    "keep-git-dir", FlagKind.BOOL, "checksum", FlagKind.TEXT, "exclude", FlagKind.LIST,
                    "unpack", FlagKind.BOOL),
            "healthcheck", Map.of("interval", FlagKind.TEXT, "timeout", FlagKind.TEXT,
                    "start-period", FlagKind.TEXT, "start-interval", FlagKind.TEXT, "retries", FlagKind.TEXT),
            "arg", Map.of("required", FlagKind.BOOL));

    private static final List<String> KEYWORDS = List.of("from", "run", "cmd", "entrypoint", "copy", "add", "env", "arg",
            "label", "expose", "user", "workdir", "volume", "shell", "stopsignal", "healthcheck", "onbuild",
            "maintainer");

    /** An instruction cut into keyword, flags and argument range (indices into the joined line). */
    private record Parts(LogicalLine line, int start, int end, Span keywordSpan, String keyword, List<Flag> flags,
                         int argStart, int argEnd) {
        Span span() {
            return line.span(start, end);
        }

        boolean noArgs() {
            return argStart >= argEnd;
        }
    }

    private final String source;
    private final SourceLines lines;
    private final char escape;
    private final List<SyntaxError> errors;

    InstructionReader(String source, SourceLines lines, char escape, List<SyntaxError> errors) {
        this.source = source;
        this.lines = lines;
        this.escape = escape;
        this.errors = errors;
    }

    /**
     * @param indented the instruction's first line started with blanks (a hint for a forgotten continuation)
     * @return the instruction, or null when the line cannot be one (an error has been reported)
     */
    Instruction read(LogicalLine line, boolean indented) {
        return read(line, line.skipSpaces(0), indented);
    }

    private Instruction read(LogicalLine line, int start, boolean indented) {
        int kwEnd = line.wordEnd(start);
        String written = line.slice(start, kwEnd);
        String keyword = written.toLowerCase(Locale.ROOT);
        Span keywordSpan = line.span(start, kwEnd);
        if (!KEYWORDS.contains(keyword)) {
            error(keywordSpan, unknownInstruction(written, indented));
            return null;
        }
        List<Flag> flags = new ArrayList<>();
        int argStart = readFlags(line, line.skipSpaces(kwEnd), flags);
        int end = line.trimEnd(start, line.length());
        Parts p = new Parts(line, start, end, keywordSpan, keyword.toUpperCase(Locale.ROOT), flags, argStart,
                line.trimEnd(argStart, line.length()));
        checkFlags(p, keyword);
        ArgLexer lex = new ArgLexer(line, escape);
        return switch (keyword) {
            case "from" -> from(p, lex);
            case "run" -> run(p);
            case "cmd" -> {
                Arguments a = command(p, p.argStart());
                yield a == null ? null : new Instruction.Cmd(p.span(), p.keywordSpan(), a);
            }
            case "entrypoint" -> {
                Arguments a = command(p, p.argStart());
                yield a == null ? null : new Instruction.Entrypoint(p.span(), p.keywordSpan(), a);
            }
            case "copy", "add" -> copyOrAdd(p, lex);
            case "env", "label" -> envOrLabel(p, lex);
            case "arg" -> arg(p, lex);
            case "expose" -> expose(p, lex);
            case "user", "workdir", "stopsignal" -> single(p, lex);
            case "volume" -> volume(p, lex);
            case "shell" -> shell(p);
            case "healthcheck" -> healthcheck(p);
            case "onbuild" -> onbuild(p);
            default -> maintainer(p);
        };
    }

    private Instruction from(Parts p, ArgLexer lex) {
        List<ArgLexer.Token> tokens = lex.splitOnBlanks(p.argStart(), p.argEnd());
        if (tokens.isEmpty()) {
            return missing(p, "FROM needs an image, e.g. FROM python:3.12-slim");
        }
        Word image = lex.word(tokens.get(0));
        boolean as = tokens.size() >= 3 && p.line().slice(tokens.get(1).start(), tokens.get(1).end())
                .equalsIgnoreCase("as");
        Optional<Word> alias = Optional.empty();
        if (as) {
            Word name = lex.word(tokens.get(2));
            alias = Optional.of(name);
            if (!validStageName(name.value())) {
                error(name.span(), "invalid stage name \"" + name.value()
                        + "\": start with a letter, then letters, digits, '-', '_' or '.'");
            }
        }
        if (tokens.size() != 1 && !(as && tokens.size() == 3)) {
            ArgLexer.Token extra = tokens.get(as ? 3 : 1);
            error(p.line().span(extra.start(), tokens.get(tokens.size() - 1).end()),
                    "FROM takes an image and optionally AS <name>");
        }
        return new Instruction.From(p.span(), p.keywordSpan(), p.flags(), image, alias);
    }

    private static boolean validStageName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.charAt(0) < 'a' || n.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private Instruction run(Parts p) {
        Arguments command = command(p, p.argStart());
        if (command == null) {
            return null;
        }
        if (p.noArgs()) {
            return missing(p, "RUN needs a command");
        }
        List<Heredoc> heredocs = command instanceof Arguments.ShellForm ? heredocs(p) : List.of();
        return new Instruction.Run(withHeredocs(p.span(), heredocs), p.keywordSpan(), p.flags(), command, heredocs);
    }

    private Instruction copyOrAdd(Parts p, ArgLexer lex) {
        JsonArray.Result json = JsonArray.parse(p.line().slice(p.argStart(), p.argEnd()));
        List<Word> words = list(p, lex, json);
        if (words == null) {
            return null;
        }
        if (words.size() < 2) {
            return missing(p, p.keyword() + " needs at least one source and a destination");
        }
        List<Heredoc> heredocs = json.isArray() ? List.of() : heredocs(p);
        Span span = withHeredocs(p.span(), heredocs);
        List<Word> sources = List.copyOf(words.subList(0, words.size() - 1));
        Word destination = words.get(words.size() - 1);
        return p.keyword().equals("COPY")
                ? new Instruction.Copy(span, p.keywordSpan(), p.flags(), sources, destination, heredocs)
                : new Instruction.Add(span, p.keywordSpan(), p.flags(), sources, destination, heredocs);
    }

    private Instruction envOrLabel(Parts p, ArgLexer lex) {
        LogicalLine line = p.line();
        List<ArgLexer.Token> tokens = lex.splitQuoted(p.argStart(), p.argEnd());
        if (tokens.isEmpty()) {
            return missing(p, p.keyword() + " needs name=value");
        }
        List<KeyValue> pairs = new ArrayList<>();
        ArgLexer.Token first = tokens.get(0);
        if (line.slice(first.start(), first.end()).indexOf('=') < 0) {
            // legacy form: NAME value with spaces
            ArgLexer.Token name = lex.splitOnBlanks(p.argStart(), p.argEnd()).get(0);
            int valueStart = line.skipSpaces(name.end());
            if (valueStart >= p.argEnd()) {
                error(line.span(name.start(), name.end()), p.keyword() + " " + line.slice(name.start(), name.end())
                        + " has no value: write " + p.keyword() + " name=value");
                return null;
            }
            pairs.add(new KeyValue(lex.word(name), lex.word(valueStart, p.argEnd()),
                    line.span(name.start(), p.argEnd()), true));
        } else {
            for (ArgLexer.Token t : tokens) {
                int eq = line.slice(t.start(), t.end()).indexOf('=');
                if (eq < 0) {
                    error(line.span(t.start(), t.end()), "expected name=value in " + p.keyword() + ", found \""
                            + line.slice(t.start(), t.end()) + "\"");
                } else if (eq == 0) {
                    error(line.span(t.start(), t.end()), p.keyword() + " names cannot be empty");
                } else {
                    pairs.add(new KeyValue(lex.word(t.start(), t.start() + eq),
                            lex.word(t.start() + eq + 1, t.end()), line.span(t.start(), t.end()), false));
                }
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        return p.keyword().equals("ENV")
                ? new Instruction.Env(p.span(), p.keywordSpan(), List.copyOf(pairs))
                : new Instruction.Label(p.span(), p.keywordSpan(), List.copyOf(pairs));
    }

    private Instruction arg(Parts p, ArgLexer lex) {
        LogicalLine line = p.line();
        List<ArgLexer.Token> tokens = lex.splitQuoted(p.argStart(), p.argEnd());
        if (tokens.isEmpty()) {
            return missing(p, "ARG needs a name, e.g. ARG VERSION=1.0");
        }
        List<ArgDeclaration> declarations = new ArrayList<>();
        for (ArgLexer.Token t : tokens) {
            int eq = line.slice(t.start(), t.end()).indexOf('=');
            Span span = line.span(t.start(), t.end());
            if (eq == 0) {
                error(span, "ARG names cannot be empty");
            } else if (eq < 0) {
                declarations.add(new ArgDeclaration(lex.word(t), Optional.empty(), span));
            } else {
                declarations.add(new ArgDeclaration(lex.word(t.start(), t.start() + eq),
                        Optional.of(lex.word(t.start() + eq + 1, t.end())), span));
            }
        }
        return declarations.isEmpty() ? null
                : new Instruction.Arg(p.span(), p.keywordSpan(), List.copyOf(declarations));
    }

    private Instruction expose(Parts p, ArgLexer lex) {
        List<Word> ports = lex.splitOnBlanks(p.argStart(), p.argEnd()).stream().map(lex::word).toList();
        if (ports.isEmpty()) {
            return missing(p, "EXPOSE needs at least one port, e.g. EXPOSE 8000");
        }
        return new Instruction.Expose(p.span(), p.keywordSpan(), ports);
    }

    private Instruction single(Parts p, ArgLexer lex) {
        if (p.noArgs()) {
            String what = switch (p.keyword()) {
                case "USER" -> "a user, e.g. USER app";
                case "WORKDIR" -> "a path, e.g. WORKDIR /app";
                default -> "a signal, e.g. STOPSIGNAL SIGTERM";
            };
            return missing(p, p.keyword() + " needs " + what);
        }
        Word word = lex.word(p.argStart(), p.argEnd());
        return switch (p.keyword()) {
            case "USER" -> new Instruction.User(p.span(), p.keywordSpan(), word);
            case "WORKDIR" -> new Instruction.Workdir(p.span(), p.keywordSpan(), word);
            default -> new Instruction.StopSignal(p.span(), p.keywordSpan(), word);
        };
    }

    private Instruction volume(Parts p, ArgLexer lex) {
        List<Word> words = list(p, lex, JsonArray.parse(p.line().slice(p.argStart(), p.argEnd())));
        if (words == null) {
            return null;
        }
        List<Word> paths = new ArrayList<>();
        for (Word w : words) {
            if (w.value().isBlank()) {
                error(w.span(), "VOLUME paths cannot be empty");
            } else {
                paths.add(w);
            }
        }
        if (paths.isEmpty()) {
            return words.isEmpty() ? missing(p, "VOLUME needs at least one path") : null;
        }
        return new Instruction.Volume(p.span(), p.keywordSpan(), List.copyOf(paths));
    }

    private Instruction shell(Parts p) {
        LogicalLine line = p.line();
        JsonArray.Result json = JsonArray.parse(line.slice(p.argStart(), p.argEnd()));
        if (!json.isArray()) {
            error(p.noArgs() ? p.keywordSpan() : line.span(p.argStart(), p.argEnd()),
                    "SHELL needs a JSON array, e.g. SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
            return null;
        }
        List<Word> words = jsonWords(p, json);
        if (words == null) {
            return null;
        }
        if (words.isEmpty()) {
            return missing(p, "SHELL needs at least the shell's path");
        }
        return new Instruction.Shell(p.span(), p.keywordSpan(), words);
    }

    private Instruction healthcheck(Parts p) {
        LogicalLine line = p.line();
        if (p.noArgs()) {
            return missing(p, "HEALTHCHECK needs CMD <command> or NONE");
        }
        int typeEnd = line.wordEnd(p.argStart());
        String type = line.slice(p.argStart(), typeEnd).toUpperCase(Locale.ROOT);
        int rest = Math.min(line.skipSpaces(typeEnd), p.argEnd());
        checkDurations(p);
        if (type.equals("NONE")) {
            if (rest < p.argEnd()) {
                error(line.span(rest, p.argEnd()), "HEALTHCHECK NONE takes no arguments");
            }
            return new Instruction.Healthcheck(p.span(), p.keywordSpan(), p.flags(), Optional.empty());
        }
        if (!type.equals("CMD")) {
            error(line.span(p.argStart(), typeEnd), "unknown HEALTHCHECK type " + line.slice(p.argStart(), typeEnd)
                    + ": use HEALTHCHECK CMD <command> or HEALTHCHECK NONE");
            return null;
        }
        Arguments command = command(p, rest);
        if (command == null) {
            return null;
        }
        boolean empty = command instanceof Arguments.Exec e ? e.args().isEmpty() : rest >= p.argEnd();
        if (empty) {
            error(line.span(p.argStart(), p.argEnd()), "HEALTHCHECK CMD needs a command");
            return null;
        }
        return new Instruction.Healthcheck(p.span(), p.keywordSpan(), p.flags(), Optional.of(command));
    }

    private void checkDurations(Parts p) {
        for (Flag f : p.flags()) {
            if (f.name().equals("retries")) {
                if (!f.value().matches("\\d{1,9}")) {
                    error(f.span(), "--retries needs a whole number, e.g. --retries=3");
                }
            } else if (FLAGS.get("healthcheck").containsKey(f.name()) && !isDuration(f.value())) {
                error(f.span(), "--" + f.name() + " needs a duration such as 30s, 1m30s or 500ms");
            }
        }
    }

    /** Go's duration syntax: one or more of number + unit (ns, us, µs, ms, s, m, h); {@code 0} alone too. */
    private static boolean isDuration(String s) {
        if (s.equals("0")) {
            return true;
        }
        int i = 0;
        boolean any = false;
        while (i < s.length()) {
            int digits = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == digits) {
                return false;
            }
            int unit = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (!Set.of("ns", "us", "µs", "ms", "s", "m", "h").contains(s.substring(unit, i))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private Instruction onbuild(Parts p) {
        LogicalLine line = p.line();
        if (p.noArgs()) {
            return missing(p, "ONBUILD needs an instruction, e.g. ONBUILD COPY . /app");
        }
        int innerEnd = line.wordEnd(p.argStart());
        String inner = line.slice(p.argStart(), innerEnd).toUpperCase(Locale.ROOT);
        if (inner.equals("ONBUILD") || inner.equals("FROM") || inner.equals("MAINTAINER")) {
            errors.add(new SyntaxError(line.span(p.argStart(), innerEnd), forbiddenTrigger(inner), true));
            return null;
        }
        Instruction trigger = read(line, p.argStart(), false);
        if (trigger == null) {
            return null;
        }
        return new Instruction.Onbuild(p.span().to(trigger.span()), p.keywordSpan(), trigger);
    }

    /** Why Docker refuses {@code ONBUILD <keyword>}, and what to write instead. */
    private static String forbiddenTrigger(String keyword) {
        return switch (keyword) {
            case "ONBUILD" -> "ONBUILD cannot trigger another ONBUILD, and Docker refuses to build this: write the"
                    + " instruction after a single ONBUILD";
            case "FROM" -> "FROM cannot be an ONBUILD trigger, and Docker refuses to build this: an image built on"
                    + " this one picks its base with its own FROM";
            default -> "MAINTAINER cannot be an ONBUILD trigger, and Docker refuses to build this: write ONBUILD"
                    + " LABEL org.opencontainers.image.authors=... instead";
        };
    }

    private Instruction maintainer(Parts p) {
        if (p.noArgs()) {
            return missing(p, "MAINTAINER needs a name (better: LABEL org.opencontainers.image.authors=...)");
        }
        return new Instruction.Maintainer(p.span(), p.keywordSpan(), p.line().slice(p.argStart(), p.argEnd()));
    }

    /** The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD from {@code from}; null after a reported error. */
    private Arguments command(Parts p, int from) {
        LogicalLine line = p.line();
        int to = p.argEnd();
        JsonArray.Result json = JsonArray.parse(line.slice(from, Math.max(from, to)));
        if (json.isArray()) {
            List<Word> words = jsonWords(new Parts(line, p.start(), p.end(), p.keywordSpan(), p.keyword(),
                    p.flags(), from, to), json);
            return words == null ? null : new Arguments.Exec(words, line.span(from, to));
        }
        return new Arguments.ShellForm(line.blanked(from, Math.max(from, to)), line.span(from, Math.max(from, to)));
    }

    /** COPY, ADD and VOLUME arguments: a JSON array or blank-separated words; null after a reported error. */
    private List<Word> list(Parts p, ArgLexer lex, JsonArray.Result json) {
        if (json.isArray()) {
            return jsonWords(p, json);
        }
        return lex.splitOnBlanks(p.argStart(), p.argEnd()).stream().map(lex::word).toList();
    }

    private List<Word> jsonWords(Parts p, JsonArray.Result json) {
        int base = p.argStart();
        if (json.hasNonString()) {
            error(p.line().span(base + json.badStart(), base + json.badEnd()),
                    "a JSON array in " + p.keyword() + " must hold only strings");
            return null;
        }
        return json.elements().stream()
                .map(e -> new Word(e.value(), p.line().span(base + e.start(), base + e.end())))
                .toList();
    }

    /**
     * A backslash followed by blanks after a flag (an escaped line break that lost its newline) is read as a
     * blank, as hadolint does. Docker would run it as part of the command, which then fails.
     */
    private static int skipStrayBackslash(LogicalLine line, int i) {
        if (i + 1 < line.length() && line.charAt(i) == '\\' && Chars.isSpace(line.charAt(i + 1))) {
            return line.skipSpaces(i + 1);
        }
        return i;
    }

    private int readFlags(LogicalLine line, int from, List<Flag> flags) {
        int i = from;
        while (i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == '-') {
            int start = i;
            StringBuilder word = new StringBuilder();
            char quote = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (quote == 0 && Chars.isSpace(c)) {
                    break;
                }
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length()) {
                    // Docker reads flags with a backslash escape whatever the escape directive says.
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
                i++;
            }
            i = skipStrayBackslash(line, line.skipSpaces(i));
            if (word.toString().equals("--")) {
                break;
            }
            String text = word.substring(2);
            int eq = text.indexOf('=');
            String name = eq < 0 ? text : text.substring(0, eq);
            String value = eq < 0 ? "" : text.substring(eq + 1);
            flags.add(new Flag(name, value, line.span(start, line.trimEnd(start, i))));
        }
        return i;
    }

    private void checkFlags(Parts p, String keyword) {
        Map<String, FlagKind> known = FLAGS.getOrDefault(keyword, Map.of());
        Set<String> seen = new HashSet<>();
        for (Flag f : p.flags()) {
            FlagKind kind = known.get(f.name());
            boolean hasValue = writtenWithEquals(f);
            if (kind == null) {
                error(f.span(), "unknown flag --" + f.name() + " for " + p.keyword()
                        + (known.isEmpty() ? " (it takes no flags)"
                        : " (known: " + String.join(", ", known.keySet().stream().sorted()
                        .map(n -> "--" + n).toList()) + ")"));
            } else if (kind != FlagKind.LIST && !seen.add(f.name())) {
                error(f.span(), "--" + f.name() + " is given more than once");
            } else if (kind == FlagKind.BOOL && hasValue
                    && !f.value().equalsIgnoreCase("true") && !f.value().equalsIgnoreCase("false")) {
                error(f.span(), "--" + f.name() + " takes true or false, not \"" + f.value() + "\"");
            } else if (kind != FlagKind.BOOL && !hasValue) {
                error(f.span(), "--" + f.name() + " needs a value: --" + f.name() + "=...");
            }
        }
    }

    /** Whether the flag was written {@code --name=...} (its value may still be empty). */
    private boolean writtenWithEquals(Flag f) {
        return source.substring(f.span().start(), f.span().end()).indexOf('=') >= 0;
    }

    /** Finds heredoc markers ({@code <<EOF}, {@code <<-"EOF"}, {@code 3<<EOF}) and reads their bodies. */
    private List<Heredoc> heredocs(Parts p) {
        LogicalLine line = p.line();
        List<Heredoc> heredocs = new ArrayList<>();
        int i = p.start();
        while (i < p.end()) {
            while (i < p.end() && Chars.isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            char quote = 0;
            while (i < p.end() && (quote != 0 || !Chars.isSpace(line.charAt(i)))) {
                char c = line.charAt(i);
                if (c == '\\' && quote != '\'' && i + 1 < p.end()) {
                    i++;
                } else if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
            }
            if (i > start) {
                HeredocMarker marker = HeredocMarker.parse(line.slice(start, i));
                if (marker != null) {
                    heredocs.add(body(marker, line.span(start, i)));
                }
            }
        }
        return List.copyOf(heredocs);
    }

    private Heredoc body(HeredocMarker marker, Span markerSpan) {
        int bodyStart = lines.nextStart();
        String name = marker.name();
        while (lines.hasNext()) {
            lines.next();
            int candidate = lines.start();
            if (marker.stripTabs()) {
                while (candidate < lines.contentEnd() && source.charAt(candidate) == '\t') {
                    candidate++;
                }
            }
            if (lines.contentEnd() - candidate == name.length() && source.startsWith(name, candidate)) {
                return new Heredoc(name, marker.stripTabs(), marker.quoted(),
                        source.substring(bodyStart, lines.start()), new Span(bodyStart, lines.start()),
                        new Span(markerSpan.start(), lines.contentEnd()));
            }
        }
        error(markerSpan, "heredoc " + source.substring(markerSpan.start(), markerSpan.end())
                + " is never closed: no line holds just " + name);
        int end = source.length();
        return new Heredoc(name, marker.stripTabs(), marker.quoted(), source.substring(Math.min(bodyStart, end)),
                new Span(Math.min(bodyStart, end), end), new Span(markerSpan.start(), end));
    }

    private static Span withHeredocs(Span span, List<Heredoc> heredocs) {
        Span result = span;
        for (Heredoc h : heredocs) {
            result = result.to(h.span());
        }
        return result;
    }

    private Instruction missing(Parts p, String message) {
        error(p.keywordSpan(), message);
        return null;
    }

    private void error(Span span, String message) {
        errors.add(new SyntaxError(span, message));
    }

    private static String unknownInstruction(String written, boolean indented) {
        StringBuilder m = new StringBuilder("unknown instruction ").append(written);
        String guess = closestKeyword(written.toLowerCase(Locale.ROOT));
        if (guess != null) {
            m.append(" (did you mean ").append(guess.toUpperCase(Locale.ROOT)).append("?)");
        } else if (indented) {
            m.append(" (if this line continues the one above, end that line with the escape character)");
        }
        return m.toString();
    }

    private static String closestKeyword(String word) {
        if (word.length() > 20) {
            return null;
        }
        String best = null;
        int bestDistance = 3;
        for (String k : KEYWORDS) {
            int d = Suggestions.distance(word, k);
            if (d < bestDistance && d < k.length() / 2 + 1) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }
}
