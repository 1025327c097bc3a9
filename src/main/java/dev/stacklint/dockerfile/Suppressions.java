package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline suppressions in a Dockerfile's comments:
 * <ul>
 *   <li>{@code # hadolint ignore=DL3006,DL3007} or {@code # stacklint ignore=SL101,copy-before-deps-install}
 *       on the comment lines right above an instruction (no blank line between) silence those rules for that
 *       instruction, ONBUILD triggers and heredoc bodies included;</li>
 *   <li>{@code # hadolint stage ignore=...} / {@code # stacklint stage ignore=...} silence them from the comment
 *       to the end of the stage that the next instruction belongs to (put it above a FROM for a whole stage);</li>
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
            if (p != null && p.scope() == Pragma.Scope.FILE) {
                entries.add(new Suppression(wholeFile, p.rules(), c.span()));
            } else if (p != null && p.scope() == Pragma.Scope.STAGE) {
                entries.add(new Suppression(new Span(c.span().start(), stageEnd(dockerfile, c.span().end())),
                        p.rules(), c.span()));
            }
        }
        for (Instruction instruction : dockerfile.instructions()) {
            int line = dockerfile.source().position(instruction.span().start()).line() - 1;
            Comment above;
            while ((above = commentsByLine.get(line)) != null) {
                Pragma p = Pragma.parse(above.text());
                if (p != null && p.scope() == Pragma.Scope.INSTRUCTION) {
                    entries.add(new Suppression(instruction.span(), p.rules(), above.span()));
                }
                line--;
            }
        }
        entries.sort((a, b) -> Integer.compare(a.comment().start(), b.comment().start()));
        return new Suppressions(List.copyOf(entries));
    }

    /** Where the stage of the first instruction after {@code offset} ends: at the next FROM, or the file's end. */
    private static int stageEnd(Dockerfile dockerfile, int offset) {
        boolean first = true;
        for (Instruction i : dockerfile.instructions()) {
            if (i.span().start() < offset) {
                continue;
            }
            if (!first && i instanceof Instruction.From) {
                return i.span().start();
            }
            first = false;
        }
        return dockerfile.source().text().length();
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

    /** One {@code hadolint|stacklint [global|stage] ignore=A,B} comment. */
    private record Pragma(Scope scope, List<String> rules) {
        enum Scope { INSTRUCTION, STAGE, FILE }

        private static final Pattern HADOLINT_CODE = Pattern.compile("(?i)(DL|SC)\\d{4}|SL\\d{3}");

        static Pragma parse(String comment) {
            String[] words = comment.trim().split("\\s+", 3);
            if (words.length < 2) {
                return null;
            }
            String tool = words[0].toLowerCase(Locale.ROOT);
            if (!tool.equals("hadolint") && !tool.equals("stacklint")) {
                return null;
            }
            Scope scope = words[1].equalsIgnoreCase("global") ? Scope.FILE
                    : words[1].equalsIgnoreCase("stage") ? Scope.STAGE : Scope.INSTRUCTION;
            String rest = scope != Scope.INSTRUCTION ? (words.length > 2 ? words[2] : "")
                    : comment.trim().substring(words[0].length()).trim();
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
            // hadolint drops a pragma that names something other than a rule code; its users rely on that
            if (tool.equals("hadolint") && !rules.stream().allMatch(r -> HADOLINT_CODE.matcher(r).matches())) {
                return null;
            }
            return rules.isEmpty() ? null : new Pragma(scope, List.copyOf(rules));
        }
    }
}
