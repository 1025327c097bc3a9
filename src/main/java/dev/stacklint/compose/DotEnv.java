package dev.stacklint.compose;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file the way Compose does: {@code KEY=VALUE} (or {@code KEY: VALUE}) lines, an optional
 * {@code export} prefix, {@code #} comments, single quotes taken literally, double quotes with backslash
 * escapes, and {@code ${VAR}} references in unquoted and double-quoted values. A bare {@code KEY} takes the
 * value of the environment, if set. Problems are SL005 findings in the .env file; values never appear in them.
 */
final class DotEnv {
    private static final Pattern KEY = Pattern.compile("[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_.\\-]*)[ \\t]*");

    private final SourceFile file;
    private final Map<String, String> environment;
    private final Problems problems;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<NamedValue> entries = new ArrayList<>();
    private final String text;
    private int pos;
    /** Where the value {@link #value} read last ends as written. */
    private int valueEnd;

    private DotEnv(SourceFile file, Map<String, String> environment, Problems problems) {
        this.file = file;
        this.environment = environment;
        this.problems = problems;
        this.text = file.text();
    }

    /** The variables the file defines, in order. {@code environment} resolves references and bare keys. */
    static Map<String, String> parse(SourceFile file, Map<String, String> environment, Problems problems) {
        DotEnv env = new DotEnv(file, environment, problems);
        env.parseAll();
        return env.values;
    }

    /**
     * The file's {@code KEY=VALUE} lines as written, each value as used (references resolved from
     * {@code environment}) and spanning its text as written (quotes included); a bare {@code KEY} has no value.
     */
    static List<NamedValue> entries(SourceFile file, Map<String, String> environment) {
        DotEnv env = new DotEnv(file, environment, new Problems());
        env.parseAll();
        return List.copyOf(env.entries);
    }

    private void parseAll() {
        while (pos < text.length()) {
            int lineStart = pos;
            int lineEnd = lineEnd(pos);
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                pos = next(lineEnd);
                continue;
            }
            Matcher m = KEY.matcher(line);
            if (!m.lookingAt()) {
                fail(lineStart, lineEnd, "this line is not `KEY=VALUE`");
                pos = next(lineEnd);
                continue;
            }
            String key = m.group(1);
            Located<String> name = located(key, lineStart + m.start(1), lineStart + m.end(1));
            int after = lineStart + m.end();
            if (after == lineEnd || text.charAt(after) == '#') {
                entries.add(new NamedValue(name, Optional.empty()));
                Optional.ofNullable(environment.get(key)).ifPresent(v -> values.put(key, v));
                pos = next(lineEnd);
                continue;
            }
            char sep = text.charAt(after);
            if (sep != '=' && sep != ':') {
                fail(lineStart, lineEnd, "this line is not `KEY=VALUE`");
                pos = next(lineEnd);
                continue;
            }
            pos = after + 1;
            while (pos < lineEnd && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
            int valueStart = pos;
            Optional<String> value = value(key, lineEnd);
            value.ifPresent(v -> {
                values.put(key, v);
                entries.add(new NamedValue(name, Optional.of(located(v, valueStart, valueEnd))));
            });
        }
    }

    /** Reads the value starting at {@code pos} and moves {@code pos} to the next line. */
    private Optional<String> value(String key, int lineEnd) {
        char first = pos < lineEnd ? text.charAt(pos) : '\n';
        if (first == '\'' || first == '"') {
            int open = pos;
            StringBuilder sb = new StringBuilder();
            int i = open + 1;
            while (i < text.length() && text.charAt(i) != first) {
                char c = text.charAt(i);
                if (first == '"' && c == '\\' && i + 1 < text.length()) {
                    char escaped = text.charAt(++i);
                    sb.append(escaped == '$' ? "$$" : escape(escaped)); // \$ stays a literal dollar
                } else {
                    sb.append(c);
                }
                i++;
            }
            if (i >= text.length()) {
                fail(open, open + 1, "the quoted value of `" + key + "` is never closed");
                pos = text.length();
                return Optional.empty();
            }
            valueEnd = i + 1;
            pos = next(lineEnd(i + 1));
            return first == '"' ? expand(sb.toString(), open) : Optional.of(sb.toString());
        }
        int start = pos;
        int end = lineEnd;
        for (int i = start; i < lineEnd; i++) {
            if (text.charAt(i) == '#' && i > start && Character.isWhitespace(text.charAt(i - 1))) {
                end = i;
                break;
            }
        }
        valueEnd = start + text.substring(start, end).stripTrailing().length();
        pos = next(lineEnd);
        return expand(text.substring(start, end).strip(), start);
    }

    private Optional<String> expand(String raw, int at) {
        if (raw.indexOf('$') < 0) {
            return Optional.of(raw);
        }
        try {
            return Optional.of(Template.substitute(raw, name -> Optional.ofNullable(values.get(name))
                    .or(() -> Optional.ofNullable(environment.get(name)))).value());
        } catch (Template.Error e) {
            fail(at, lineEnd(at), e.getMessage());
            return Optional.empty();
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            default -> String.valueOf(c);
        };
    }

    private Located<String> located(String value, int start, int end) {
        return new Located<>(value, new Origin(file, new Span(start, end)));
    }

    private void fail(int start, int end, String message) {
        problems.interpolation(new Origin(file, new Span(start, Math.max(start, end))), message);
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int next(int lineEnd) {
        int i = lineEnd;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
