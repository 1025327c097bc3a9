package dev.stacklint.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob in the syntax of {@link java.nio.file.FileSystem#getPathMatcher} ({@code *} within a segment, {@code **}
 * across segments, {@code ?}, {@code [a-z]}, {@code [!x]}, {@code {a,b}}, {@code \} escapes), matched in time
 * linear in the path: the JDK turns a glob into a backtracking regex, and {@code *a*a*a*a*a*b} against a long name
 * never finished. Here the pattern is a small automaton and every position is visited once per token.
 */
public final class GlobMatcher {
    /** Brace alternatives beyond this are read literally (a hostile {@code {a,b}{a,b}...} stays bounded). */
    private static final int MAX_ALTERNATIVES = 256;

    private enum Kind { LITERAL, ONE, STAR, DEEP, CLASS }

    private record Token(Kind kind, char c, String set, boolean negated) {
        boolean accepts(char ch) {
            return switch (kind) {
                case LITERAL -> ch == c;
                case ONE, STAR -> ch != '/';
                case DEEP -> true;
                case CLASS -> ch != '/' && inClass(set, ch) != negated;
            };
        }
    }

    private final List<List<Token>> alternatives;

    private GlobMatcher(List<List<Token>> alternatives) {
        this.alternatives = alternatives;
    }

    /**
     * True when {@code ch} is in a bracket class's {@code set} as written between the brackets ({@code a-z0-9_}),
     * ranges included: the same in this syntax and in {@code .dockerignore}'s.
     */
    public static boolean inClass(String set, char ch) {
        for (int i = 0; i < set.length(); i++) {
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                if (ch >= set.charAt(i) && ch <= set.charAt(i + 2)) {
                    return true;
                }
                i += 2;
            } else if (set.charAt(i) == ch) {
                return true;
            }
        }
        return false;
    }

    public static GlobMatcher of(String glob) {
        List<List<Token>> compiled = new ArrayList<>();
        for (String alternative : expand(glob)) {
            compiled.add(compile(alternative));
        }
        return new GlobMatcher(List.copyOf(compiled));
    }

    /** What makes {@code glob} malformed (an unclosed {@code [} or {@code {}, a nested group), or empty. */
    public static java.util.Optional<String> problem(String glob) {
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && glob.indexOf(']', i + 2) < 0) {
                return java.util.Optional.of("Missing ']");
            } else if (c == '{' && inGroup) {
                return java.util.Optional.of("Cannot nest groups");
            } else if (c == '{') {
                inGroup = true;
            } else if (c == '}') {
                inGroup = false;
            }
        }
        return inGroup ? java.util.Optional.of("Missing '}") : java.util.Optional.empty();
    }

    /** True when the whole {@code /}-separated path matches. */
    public boolean matches(String path) {
        for (List<Token> tokens : alternatives) {
            if (run(tokens, path)) {
                return true;
            }
        }
        return false;
    }

    /** Simulates the automaton: the set of token positions reachable after each character. */
    private static boolean run(List<Token> tokens, String path) {
        int n = tokens.size();
        boolean[] states = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        states[0] = true;
        close(tokens, states);
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            java.util.Arrays.fill(next, false);
            boolean any = false;
            for (int t = 0; t < n; t++) {
                if (!states[t]) {
                    continue;
                }
                Token token = tokens.get(t);
                if (token.accepts(ch)) {
                    boolean repeats = token.kind() == Kind.STAR || token.kind() == Kind.DEEP;
                    next[repeats ? t : t + 1] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            close(tokens, next);
            boolean[] swap = states;
            states = next;
            next = swap;
        }
        return states[n];
    }

    /** A star can match nothing: a state before one also stands after it. */
    private static void close(List<Token> tokens, boolean[] states) {
        for (int t = 0; t < tokens.size(); t++) {
            Kind k = tokens.get(t).kind();
            if (states[t] && (k == Kind.STAR || k == Kind.DEEP)) {
                states[t + 1] = true;
            }
        }
    }

    private static List<Token> compile(String p) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i++);
            if (c == '*' && i < p.length() && p.charAt(i) == '*') {
                while (i < p.length() && p.charAt(i) == '*') {
                    i++;
                }
                tokens.add(new Token(Kind.DEEP, c, null, false));
            } else if (c == '*') {
                tokens.add(new Token(Kind.STAR, c, null, false));
            } else if (c == '?') {
                tokens.add(new Token(Kind.ONE, c, null, false));
            } else if (c == '\\' && i < p.length()) {
                tokens.add(new Token(Kind.LITERAL, p.charAt(i++), null, false));
            } else if (c == '[' && p.indexOf(']', i + 1) > 0) {
                boolean negated = p.charAt(i) == '!' || p.charAt(i) == '^';
                int start = negated ? i + 1 : i;
                int close = p.indexOf(']', start + 1);
                tokens.add(new Token(Kind.CLASS, c, p.substring(start, close), negated));
                i = close + 1;
            } else {
                tokens.add(new Token(Kind.LITERAL, c, null, false));
            }
        }
        return tokens;
    }

    /** {@code a{b,c}d{e,f}} as its alternatives; groups do not nest (as in the JDK). */
    private static List<String> expand(String glob) {
        List<String> result = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            int close = c == '{' ? glob.indexOf('}', i + 1) : -1;
            if (c == '\\' && i + 1 < glob.length()) {
                append(result, glob.substring(i, i + 2));
                i += 2;
            } else if (close > 0 && result.size() * (count(glob, i, close) + 1) <= MAX_ALTERNATIVES) {
                List<String> grown = new ArrayList<>();
                String[] options = glob.substring(i + 1, close).split(",", -1);
                for (String prefix : result) {
                    for (String option : options) {
                        grown.add(prefix + option);
                    }
                }
                result = grown;
                i = close + 1;
            } else {
                append(result, c == '{' || c == '}' ? "\\" + c : String.valueOf(c));
                i++;
            }
        }
        return result;
    }

    private static int count(String s, int from, int to) {
        int commas = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ',') {
                commas++;
            }
        }
        return commas;
    }

    private static void append(List<String> prefixes, String s) {
        prefixes.replaceAll(p -> p + s);
    }
}
