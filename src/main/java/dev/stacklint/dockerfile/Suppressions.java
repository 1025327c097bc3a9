package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /**
     * @param target  what it covers: an instruction's span, or the whole file for a global one
     * @param rules   the codes or names as written
     * @param comment the comment that says so
     */
    public record Suppression(Span target, List<String> rules, Span comment) {
    }

    public static Suppressions of(Dockerfile dockerfile) {
        Map<Integer, Comment> commentsByLine = new HashMap<>();
        List<Suppression> entries = new ArrayList<>();
        Span wholeFile = new Span(0, dockerfile.source().text().length());
        for (Comment c : dockerfile.comments()) {
            commentsByLine.put(dockerfile.source().position(c.span().start()).line(), c);
            Pragma p = Pragma.parse(c.text());
            if (p != null && p.global()) {
                entries.add(new Suppression(wholeFile, p.rules(), c.span()));
            }
        }
        for (Instruction instruction : dockerfile.instructions()) {
            int line = dockerfile.source().position(instruction.span().start()).line() - 1;
            Comment above;
            while ((above = commentsByLine.get(line)) != null) {
                Pragma p = Pragma.parse(above.text());
                if (p != null && !p.global()) {
                    entries.add(new Suppression(instruction.span(), p.rules(), above.span()));
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
                rules.addAll(s.rules());
            }
        }
        return rules;
    }

    /** One {@code hadolint|stacklint [global] ignore=A,B} comment. */
    private record Pragma(boolean global, List<String> rules) {
        static Pragma parse(String comment) {
            String[] words = comment.trim().split("\\s+", 3);
            if (words.length < 2) {
                return null;
            }
            String tool = words[0].toLowerCase(Locale.ROOT);
            if (!tool.equals("hadolint") && !tool.equals("stacklint")) {
                return null;
            }
            boolean global = words[1].equalsIgnoreCase("global");
            String rest = global ? (words.length > 2 ? words[2] : "") : comment.trim().substring(words[0].length()).trim();
            if (!rest.toLowerCase(Locale.ROOT).startsWith("ignore")) {
                return null;
            }
            rest = rest.substring("ignore".length()).stripLeading();
            if (!rest.startsWith("=")) {
                return null;
            }
            List<String> rules = new ArrayList<>();
            for (String part : rest.substring(1).stripLeading().split(",")) {
                String token = part.strip();
                int space = token.indexOf(' ');
                String rule = space < 0 ? token : token.substring(0, space);
                if (!rule.isEmpty() && rule.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-')) {
                    rules.add(rule);
                }
                if (space >= 0) {
                    break;
                }
            }
            return rules.isEmpty() ? null : new Pragma(global, List.copyOf(rules));
        }
    }
}
