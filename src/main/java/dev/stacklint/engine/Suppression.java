package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Optional;

/**
 * A comment that silences rules for the findings that start in its target: the next line or instruction, or the
 * whole file.
 *
 * @param file           the file the comment is in, and whose findings it silences
 * @param comment        the comment
 * @param target         where a finding must start to be silenced
 * @param wholeFile      the target is the whole file
 * @param codes          the rules it names, as written
 * @param reportsUnknown whether a code stacklint does not know is a mistake worth reporting (not for
 *                       {@code # hadolint ignore=}, which names hadolint's rules)
 * @param reportsUnused  whether a code that silenced nothing is worth reporting (not for {@code # check=skip=all},
 *                       which names every BuildKit check)
 * @param tool           whose comment it is
 * @param mistake        for a comment that looks like a suppression and is none (a misspelt directive, a hadolint
 *                       pragma hadolint would drop): what is wrong and what to write; it silences nothing
 */
public record Suppression(SourceFile file, Span comment, Span target, boolean wholeFile, List<Code> codes,
                          boolean reportsUnknown, boolean reportsUnused, Tool tool, Optional<String> mistake) {

    /** Whose comment it is: {@code # hadolint ignore=} and {@code # dclint disable} are read as those tools do. */
    public enum Tool { STACKLINT, HADOLINT, DCLINT, BUILDKIT }

    public Suppression(SourceFile file, Span comment, Span target, boolean wholeFile, List<Code> codes,
                       boolean reportsUnknown, boolean reportsUnused, Tool tool) {
        this(file, comment, target, wholeFile, codes, reportsUnknown, reportsUnused, tool, Optional.empty());
    }

    /** A comment that silences nothing because it is written wrong: {@code message} says how. */
    public static Suppression mistake(SourceFile file, Span comment, Tool tool, String message) {
        return new Suppression(file, comment, Span.at(comment.start()), false, List.of(), false, false, tool,
                Optional.of(message));
    }

    /** One code or name in the comment; {@code rule} is empty when it names no rule stacklint has. */
    public record Code(String text, Span span, Optional<RuleMeta> rule) {
        /** One code per rule the text names (an alias may name several), or one naming no rule. */
        public static List<Code> all(String text, Span span) {
            List<Rule> rules = BuiltinRules.findAll(text);
            return rules.isEmpty() ? List.of(new Code(text, span, BuiltinRules.meta(text)))
                    : rules.stream().map(r -> new Code(text, span, Optional.of(r.meta()))).toList();
        }
    }

    /** True when {@code finding} starts in the target (which rules the comment names is not checked here). */
    public boolean reaches(Finding finding) {
        int start = finding.span().start();
        return finding.file().path().equals(file.path())
                && (wholeFile || target.contains(start) || (target.length() == 0 && target.start() == start));
    }

    /** The first line of the target (1-based). */
    public int targetLine() {
        return file.position(target.start()).line();
    }

    /** Where the comment reaches, for messages: {@code in this file}, {@code on line 5}, {@code on lines 3-8}. */
    public String reach() {
        if (wholeFile) {
            return "in this file";
        }
        int last = file.position(Math.max(target.start(), target.end() - 1)).line();
        return targetLine() == last ? "on line " + last : "on lines " + targetLine() + "-" + last;
    }
}
