package dev.stacklint.source.git;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * One {@code .gitignore} line, compiled to a small automaton and run over a path by tracking the set of live
 * states: matching takes time linear in the path's length for a given pattern, whatever its stars.
 *
 * @param negated  a {@code !pattern} line: matching files are included again
 * @param dirOnly  a trailing {@code /}: matches folders only
 * @param anchored a {@code /} at the start or in the middle: matched against the path from the ignore file's
 *                 folder; otherwise against the last path segment (the name) at any depth
 * @param line     the line number in its file, for {@code --list-files}
 */
public record GitPattern(String text, boolean negated, boolean dirOnly, boolean anchored, List<Step> steps, int line) {

    /** One step of the automaton. */
    sealed interface Step {
    }

    /** A character (escaped or not). */
    record Literal(char c) implements Step {
    }

    /** {@code ?}: one character other than {@code /}. */
    record AnyChar() implements Step {
    }

    /** {@code [...]}: one character (not {@code /}) in, or with {@code !}/{@code ^} not in, the set. */
    record CharClass(String set, boolean negated) implements Step {
        boolean accepts(char c) {
            boolean in = false;
            for (int i = 0; i < set.length(); i++) {
                if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                    in |= c >= set.charAt(i) && c <= set.charAt(i + 2);
                    i += 2;
                } else {
                    in |= set.charAt(i) == c;
                }
            }
            return in != negated;
        }
    }

    /** {@code *}: any characters other than {@code /}. */
    record Star() implements Step {
    }

    /** {@code /**} at the end: {@code /} and anything after it. */
    record Rest() implements Step {
    }

    /** {@code **}{@code /} (at the start, or after a {@code /}): zero or more whole folders. */
    record Folders() implements Step {
    }

    /** The pattern on one line of an ignore file; empty for blank lines and comments. */
    public static Optional<GitPattern> parse(String raw, int line) {
        String text = trimTrailingSpaces(raw);
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = text.startsWith("!");
        String p = negated ? text.substring(1) : text;
        boolean dirOnly = p.endsWith("/") && !p.endsWith("\\/");
        if (dirOnly) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return Optional.empty();
        }
        boolean anchored = p.indexOf('/') >= 0;
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        return Optional.of(new GitPattern(text, negated, dirOnly, anchored, List.copyOf(compile(p)), line));
    }

    /** Trailing spaces are dropped unless escaped with a backslash. */
    private static String trimTrailingSpaces(String raw) {
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == ' ' || raw.charAt(end - 1) == '\t' || raw.charAt(end - 1) == '\r')) {
            if (end > 1 && raw.charAt(end - 2) == '\\') {
                break;
            }
            end--;
        }
        return raw.substring(0, end);
    }

    private static List<Step> compile(String p) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            boolean segmentStart = i == 0 || p.charAt(i - 1) == '/';
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*' && segmentStart
                    && (i + 2 == p.length() || p.charAt(i + 2) == '/')) {
                if (i + 2 == p.length()) {
                    // "a/**": everything inside a (the '/' before it is already a literal); a bare "**": anything
                    if (steps.isEmpty()) {
                        steps.add(new Star());
                    } else {
                        steps.removeLast();
                        steps.add(new Rest());
                    }
                    i += 2;
                } else {
                    steps.add(new Folders());
                    i += 3;
                }
            } else if (c == '*') {
                while (i < p.length() && p.charAt(i) == '*') {
                    i++;
                }
                steps.add(new Star());
            } else if (c == '?') {
                steps.add(new AnyChar());
                i++;
            } else if (c == '[' && p.indexOf(']', i + 2) > 0) {
                int close = p.indexOf(']', i + 2);
                boolean neg = p.charAt(i + 1) == '!' || p.charAt(i + 1) == '^';
                steps.add(new CharClass(p.substring(neg ? i + 2 : i + 1, close), neg));
                i = close + 1;
            } else if (c == '\\' && i + 1 < p.length()) {
                steps.add(new Literal(p.charAt(i + 1)));
                i += 2;
            } else {
                steps.add(new Literal(c));
                i++;
            }
        }
        return steps;
    }

    /**
     * True when {@code path} ({@code /}-separated, relative to the ignore file's folder) matches; {@code dir} says
     * whether it is a folder.
     */
    public boolean matches(String path, boolean dir) {
        if (dirOnly && !dir) {
            return false;
        }
        String subject = anchored ? path : path.substring(path.lastIndexOf('/') + 1);
        return run(subject);
    }

    /**
     * States: 2k is "before step k", 2k+1 is "inside step k" (for the steps that span characters). The set of
     * live states is advanced one character at a time.
     */
    private boolean run(String s) {
        int n = steps.size();
        BitSet live = closure(bit(0), n);
        for (int i = 0; i < s.length() && !live.isEmpty(); i++) {
            char c = s.charAt(i);
            BitSet next = new BitSet(2 * n + 2);
            for (int st = live.nextSetBit(0); st >= 0; st = live.nextSetBit(st + 1)) {
                int k = st / 2;
                if (k == n) {
                    continue;
                }
                switch (steps.get(k)) {
                    case Literal l -> {
                        if (l.c() == c) {
                            next.set(2 * (k + 1));
                        }
                    }
                    case AnyChar unused -> {
                        if (c != '/') {
                            next.set(2 * (k + 1));
                        }
                    }
                    case CharClass cc -> {
                        if (c != '/' && cc.accepts(c)) {
                            next.set(2 * (k + 1));
                        }
                    }
                    case Star unused -> {
                        if (c != '/') {
                            next.set(2 * k);
                        }
                    }
                    case Rest unused -> {
                        if (st % 2 == 1 || c == '/') {
                            next.set(2 * k + 1); // after the '/', anything at all
                        }
                    }
                    case Folders unused -> {
                        next.set(2 * k + 1);
                        if (c == '/') {
                            next.set(2 * (k + 1));
                        }
                    }
                }
            }
            live = closure(next, n);
        }
        if (live.get(2 * n)) {
            return true;
        }
        // a pattern ending in "/**" accepts once something follows the '/'
        return n > 0 && steps.get(n - 1) instanceof Rest && live.get(2 * (n - 1) + 1) && !s.isEmpty();
    }

    /** Adds the states reachable without a character: past a {@code *} or {@code **}{@code /} matching nothing. */
    private BitSet closure(BitSet states, int n) {
        BitSet out = (BitSet) states.clone();
        for (int k = 0; k < n; k++) {
            if (out.get(2 * k) && (steps.get(k) instanceof Star || steps.get(k) instanceof Folders)) {
                out.set(2 * (k + 1));
            }
        }
        return out;
    }

    private static BitSet bit(int i) {
        BitSet b = new BitSet();
        b.set(i);
        return b;
    }
}
