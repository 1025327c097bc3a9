package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 *       the whole file;</li>
 *   <li>the ESLint-style {@code # stacklint-disable-next-line CODE ...} (for the instruction below, as
 *       {@code ignore=}) and {@code # stacklint-disable CODE ...} (the whole file), spaces allowed for the hyphens,
 *       codes separated by commas or blanks and {@code -- why} a reason, as in Compose files.</li>
 * </ul>
 * Rules are named by code or kebab-case name, as written; the engine matches them against each rule's metadata.
 * A comment that looks like one of these and is none (a misspelt directive, {@code # stacklint-disable-line},
 * a {@code # hadolint ignore=} with a name where hadolint wants a code) is a {@link Mistake}: it silences nothing.
 *
 * @param entries  every suppression, in file order
 * @param mistakes the comments written wrong, in file order
 */
public record Suppressions(List<Suppression> entries, List<Mistake> mistakes) {
    private static final Pattern PRAGMA = Pattern.compile(
            "#\\s*(hadolint|stacklint)\\s+(?:(global|stage)\\s+)?ignore\\s*=\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HADOLINT_CODE = Pattern.compile("(?i)(DL|SC)\\d{4}|SL\\d{3}");

    /** What a pragma covers: the instruction below it, the rest of that instruction's stage, or the file. */
    public enum Scope { INSTRUCTION, STAGE, FILE }

    /**
     * @param target   what it covers: an instruction's span, the rest of a stage, or the whole file
     * @param rules    the codes or names as written, with where
     * @param comment  the comment that says so
     * @param hadolint a {@code # hadolint} pragma (its codes may name hadolint rules stacklint does not have)
     * @param scope    what kind of pragma it is
     */
    public record Suppression(Span target, List<Name> rules, Span comment, boolean hadolint, Scope scope) {
    }

    /** A code or name in a pragma, and where it is written. */
    public record Name(String text, Span span) {
    }

    /** A comment that silences nothing because it is written wrong: {@code message} says what to write. */
    public record Mistake(Span comment, boolean hadolint, String message) {
    }

    public static Suppressions of(Dockerfile dockerfile) {
        String text = dockerfile.source().text();
        Map<Integer, Comment> commentsByLine = new HashMap<>();
        List<Suppression> entries = new ArrayList<>();
        List<Mistake> mistakes = new ArrayList<>();
        Span wholeFile = new Span(0, text.length());
        for (Comment c : dockerfile.comments()) {
            commentsByLine.put(dockerfile.source().position(c.span().start()).line(), c);
            Pragma p = Pragma.parse(text, c.span());
            if (p == null) {
                Pragma.mistake(text, c.span()).ifPresent(mistakes::add);
            }
            if (p != null && p.scope() == Scope.FILE) {
                entries.add(new Suppression(wholeFile, p.rules(), c.span(), p.hadolint(), Scope.FILE));
            } else if (p != null && p.scope() == Scope.STAGE) {
                entries.add(new Suppression(new Span(c.span().start(), stageEnd(dockerfile, c.span().end())),
                        p.rules(), c.span(), p.hadolint(), Scope.STAGE));
            }
        }
        for (Instruction instruction : dockerfile.instructions()) {
            int line = dockerfile.source().position(instruction.span().start()).line() - 1;
            Comment above;
            while ((above = commentsByLine.get(line)) != null) {
                Pragma p = Pragma.parse(text, above.span());
                if (p != null && p.scope() == Scope.INSTRUCTION) {
                    entries.add(new Suppression(instruction.span(), p.rules(), above.span(), p.hadolint(), Scope.INSTRUCTION));
                }
                line--;
            }
        }
        entries.sort((a, b) -> Integer.compare(a.comment().start(), b.comment().start()));
        return new Suppressions(List.copyOf(entries), List.copyOf(mistakes));
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
                s.rules().forEach(n -> rules.add(n.text()));
            }
        }
        return rules;
    }

    /**
     * One {@code hadolint|stacklint [global|stage] ignore=A,B} comment. The list is comma-separated; a word after
     * a space ends it ({@code ignore=DL3006 because...}).
     */
    private record Pragma(boolean hadolint, Scope scope, List<Name> rules) {
        static Pragma parse(String text, Span comment) {
            Matcher m = PRAGMA.matcher(text).region(comment.start(), comment.end());
            if (!m.lookingAt()) {
                return SuppressionDirective.parse(text, comment.start(), comment.end(), true)
                        .filter(SuppressionDirective.Read.class::isInstance).map(SuppressionDirective.Read.class::cast)
                        .map(r -> eslintStyle(text, r, comment)).orElse(null);
            }
            List<Name> rules = ignoreList(text, m.end(), comment);
            boolean hadolint = m.group(1).equalsIgnoreCase("hadolint");
            // hadolint drops a pragma that names something other than a rule code; its users rely on that
            if (hadolint && !rules.stream().allMatch(r -> HADOLINT_CODE.matcher(r.text()).matches())) {
                return null;
            }
            String scope = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            return rules.isEmpty() ? null : new Pragma(hadolint,
                    scope.equals("global") ? Scope.FILE : scope.equals("stage") ? Scope.STAGE : Scope.INSTRUCTION,
                    List.copyOf(rules));
        }

        /** {@code # stacklint-disable-next-line A B -- why}: the instruction below; {@code # stacklint-disable}: the file. */
        private static Pragma eslintStyle(String text, SuppressionDirective.Read read, Span comment) {
            List<Name> rules = SuppressionDirective.codes(text, read.codesFrom(), comment.end()).stream()
                    .map(c -> new Name(text.substring(c[0], c[1]), new Span(c[0], c[1]))).toList();
            return new Pragma(false, read.reach() == SuppressionDirective.Reach.FILE ? Scope.FILE : Scope.INSTRUCTION,
                    rules);
        }

        /** Why a comment that is no pragma looks like one, or empty for an ordinary comment. */
        static Optional<Mistake> mistake(String text, Span comment) {
            Matcher m = PRAGMA.matcher(text).region(comment.start(), comment.end());
            if (m.lookingAt() && m.group(1).equalsIgnoreCase("hadolint")) {
                List<Name> rules = ignoreList(text, m.end(), comment);
                return rules.stream().filter(r -> !HADOLINT_CODE.matcher(r.text()).matches()).findFirst()
                        .map(r -> new Mistake(r.span(), true, "'" + r.text() + "' is not a rule code, and hadolint "
                                + "skips a '# hadolint ignore=' comment that names anything but codes, so this one "
                                + "silences nothing; write the codes (DL3006, SC2086), or use '# stacklint ignore="
                                + r.text() + "' for a stacklint name"));
            }
            return SuppressionDirective.parse(text, comment.start(), comment.end(), true)
                    .filter(SuppressionDirective.Misspelt.class::isInstance).map(SuppressionDirective.Misspelt.class::cast)
                    .map(x -> new Mistake(new Span(x.start(), x.end()), false, x.message()));
        }

        /** The comma-separated list after {@code ignore=}; a word after a space ends it ({@code ignore=DL3006 because...}). */
        private static List<Name> ignoreList(String text, int from, Span comment) {
            List<Name> rules = new ArrayList<>();
            for (int pos = from; pos <= comment.end(); ) {
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
            return rules;
        }
    }
}
