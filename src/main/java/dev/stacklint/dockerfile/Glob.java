package dev.stacklint.dockerfile;

import dev.stacklint.source.GlobMatcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Docker's {@code .dockerignore} pattern language, matched against a whole {@code /}-separated path:
 * {@code *} (within a segment), {@code ?}, {@code [...]} classes, {@code \} escapes, {@code **} (any number of
 * segments; {@code **} followed by {@code /} may also match nothing).
 */
final class Glob {
    private enum Kind { LITERAL, ONE, STAR, ANY, DIRS, CLASS }

    private record Token(Kind kind, char c, String set, boolean negated) {
        boolean accepts(char ch) {
            return switch (kind) {
                case LITERAL -> ch == c;
                case ONE -> ch != '/';
                case CLASS -> GlobMatcher.inClass(set, ch) != negated;
                default -> false;
            };
        }
    }

    private Glob() {
    }

    static boolean matches(String pattern, String path) {
        List<Token> tokens = compile(pattern);
        Boolean[][] memo = new Boolean[tokens.size() + 1][path.length() + 1];
        return match(tokens, 0, path, 0, memo);
    }

    private static List<Token> compile(String p) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i++);
            if (c == '*' && i < p.length() && p.charAt(i) == '*') {
                i++;
                if (i < p.length() && p.charAt(i) == '/') {
                    i++;
                }
                tokens.add(new Token(i >= p.length() ? Kind.ANY : Kind.DIRS, c, null, false));
            } else if (c == '*') {
                tokens.add(new Token(Kind.STAR, c, null, false));
            } else if (c == '?') {
                tokens.add(new Token(Kind.ONE, c, null, false));
            } else if (c == '\\' && i < p.length()) {
                tokens.add(new Token(Kind.LITERAL, p.charAt(i++), null, false));
            } else if (c == '[' && p.indexOf(']', i + 1) > 0) {
                boolean negated = p.charAt(i) == '^';
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

    private static boolean match(List<Token> tokens, int t, String s, int i, Boolean[][] memo) {
        if (memo[t][i] != null) {
            return memo[t][i];
        }
        boolean result;
        if (t == tokens.size()) {
            result = i == s.length();
        } else {
            Token token = tokens.get(t);
            result = switch (token.kind()) {
                case ANY -> true;
                case STAR -> {
                    int k = i;
                    boolean found = match(tokens, t + 1, s, k, memo);
                    while (!found && k < s.length() && s.charAt(k) != '/') {
                        found = match(tokens, t + 1, s, ++k, memo);
                    }
                    yield found;
                }
                case DIRS -> {
                    boolean found = match(tokens, t + 1, s, i, memo);
                    for (int k = i; !found && k < s.length(); k++) {
                        found = s.charAt(k) == '/' && match(tokens, t + 1, s, k + 1, memo);
                    }
                    yield found;
                }
                default -> i < s.length() && token.accepts(s.charAt(i)) && match(tokens, t + 1, s, i + 1, memo);
            };
        }
        memo[t][i] = result;
        return result;
    }
}
