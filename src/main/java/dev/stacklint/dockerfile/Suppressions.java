package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions in a Dockerfile's comments:
 * <ul>
 *   <li>{@code # hadolint ignore=DL3006,DL3007} or {@code # stacklint ignore=SL101,copy-before-deps-install}
 *       on the comment lines right above an instruction (no blank line between) silence those rules for that
 *       instruction, ONBUILD triggers and heredoc bodies included;</li>
 *   <li>{@code # hadolint global ignore=...} / {@code # stacklint global ignore=...} anywhere silence them for
 *       the whole file.</li>
 * </ul>
 * Rules are named by code or kebab-case name, as written; the engine matches them against each rule's metadata.
 *
 * @param entries every suppression, in file order
 */
public record Suppressions(List<Suppression> entries) {
    private static final Pattern PRAGMA =
            Pattern.compile("#\\s*(hadolint|stacklint)\\s+(global\\s+)?ignore\\s*=\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * @param target   what it covers: an instruction's span, or the whole file for a global one
     * @param rules    the codes or names as written
     * @param comment  the comment that says so
     * @param hadolint a {@code # hadolint} pragma (its codes may name hadolint rules stacklint does not have)
     * @param global   a {@code global ignore}, for the whole file
     */
    public record Suppression(Span target, List<Name> rules, Span comment, boolean hadolint, boolean global) {
    }

    /** A code or name in a pragma, and where it is written. */
    public record Name(String text, Span span) {
    }

    public static Suppressions of(Dockerfile dockerfile) {
        String text = dockerfile.source().text();
        Map<Integer, Comment> commentsByLine = new HashMap<>();
        List<Suppression> entries = new ArrayList<>();
        Span wholeFile = new Span(0, text.length());
        for (Comment c : dockerfile.comments()) {
            commentsByLine.put(dockerfile.source().position(c.span().start()).line(), c);
            Pragma p = Pragma.parse(text, c.span());
            if (p != null && p.global()) {
                entries.add(new Suppression(wholeFile, p.rules(), c.span(), p.hadolint(), true));
            }
        }
        for (Instruction instruction : dockerfile.instructions()) {
            int line = dockerfile.source().position(instruction.span().start()).line() - 1;
            Comment above;
            while ((above = commentsByLine.get(line)) != null) {
                Pragma p = Pragma.parse(text, above.span());
                if (p != null && !p.global()) {
                    entries.add(new Suppression(instruction.span(), p.rules(), above.span(), p.hadolint(), false));
                }
                line--;
            }
        }
        entries.sort((a, b) -> Integer.compare(a.comment().start(), b.comment().start()));
        return new Suppressions(List.copyOf(entries));
    }

    /** The codes or names suppressed for a finding that starts at {@code offset}. */
    public Set<String> at(int offset) {
        Set<String> rules = new LinkedHashSet<>();
        for (Suppression s : entries) {
            if (s.target().contains(offset) || (s.target().length() == 0 && s.target().start() == offset)) {
                s.rules().forEach(n -> rules.add(n.text()));
            }
        }
        return rules;
    }

    /**
     * One {@code hadolint|stacklint [global] ignore=A,B} comment. The list is comma-separated; a word after a
     * space ends it ({@code ignore=DL3006 because...}).
     */
    private record Pragma(boolean hadolint, boolean global, List<Name> rules) {
        static Pragma parse(String text, Span comment) {
            Matcher m = PRAGMA.matcher(text).region(comment.start(), comment.end());
            if (!m.lookingAt()) {
                return null;
            }
            List<Name> rules = new ArrayList<>();
            for (int pos = m.end(); pos <= comment.end(); ) {
                int comma = text.indexOf(',', pos);
                int partEnd = comma < 0 || comma > comment.end() ? comment.end() : comma;
                int start = pos;
                while (start < partEnd && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = start;
                while (end < partEnd && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String rule = text.substring(start, end);
                if (!rule.isEmpty() && rule.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-')) {
                    rules.add(new Name(rule, new Span(start, end)));
                }
                if (partEnd == comment.end() || !text.substring(end, partEnd).isBlank()) {
                    break;
                }
                pos = partEnd + 1;
            }
            boolean hadolint = m.group(1).equalsIgnoreCase("hadolint");
            return rules.isEmpty() ? null : new Pragma(hadolint, m.group(2) != null, List.copyOf(rules));
        }
    }
}
