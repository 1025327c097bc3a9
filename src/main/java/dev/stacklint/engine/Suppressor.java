package dev.stacklint.engine;

import dev.stacklint.config.RuleRefs;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies suppression comments to the findings the rules made: a finding is dropped when a comment that
 * reaches its line names its rule (by code or name). A comment written wrong (a name that is no rule, a misspelt
 * directive) is an {@link ParseRules#UNUSED_SUPPRESSION} warning at the mistake; optionally, each named rule that
 * silenced nothing is one too (info).
 */
final class Suppressor {
    /** What is left, how many findings were silenced, and the unused-suppression findings. */
    record Outcome(List<Finding> kept, int silenced, List<Finding> unused) {
    }

    private Suppressor() {
    }

    /**
     * @param reportMistakes report comments written wrong (SL006 is on)
     * @param reportUnused   also report the rules that silenced nothing ({@code --report-unused-suppressions})
     */
    static Outcome apply(List<Finding> findings, List<Suppression> all, boolean reportMistakes, boolean reportUnused) {
        Index suppressions = new Index(all);
        Set<Suppression.Code> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            List<Suppression.Code> silencers = silencers(f, suppressions);
            if (silencers.isEmpty()) {
                kept.add(f);
            } else {
                used.addAll(silencers);
            }
        }
        List<Finding> unused = new ArrayList<>();
        if (reportMistakes) {
            for (Suppression s : all) {
                unused(s, used, reportUnused).stream().filter(u -> silencers(u, suppressions).isEmpty())
                        .forEach(unused::add);
            }
        }
        return new Outcome(kept, findings.size() - kept.size(), unused);
    }

    /** The codes in comments that silence {@code f}. */
    private static List<Suppression.Code> silencers(Finding f, Index suppressions) {
        List<Suppression.Code> codes = new ArrayList<>();
        for (Suppression s : suppressions.near(f)) {
            if (s.reaches(f)) {
                // a passed-through code (SC2086) is silenced by its own code or by the rule that passes it through
                s.codes().stream().filter(c -> c.rule().filter(r -> r.equals(f.rule()) || f.rule().aliases().contains(r.code()))
                        .isPresent()).forEach(codes::add);
            }
        }
        return codes;
    }

    /**
     * The suppressions by file and by each line their target covers, so that a finding is checked against the few
     * comments that can reach it (a file with thousands of comments and findings stays linear). Targets are one
     * line or one instruction and do not overlap, so the entries add up to about the file's lines.
     */
    private static final class Index {
        private final Map<Path, List<Suppression>> wholeFile = new HashMap<>();
        private final Map<Path, Map<Integer, List<Suppression>>> byLine = new HashMap<>();

        Index(List<Suppression> suppressions) {
            for (Suppression s : suppressions) {
                Path file = s.file().path();
                if (s.wholeFile()) {
                    wholeFile.computeIfAbsent(file, k -> new ArrayList<>()).add(s);
                    continue;
                }
                int first = s.file().position(s.target().start()).line();
                int last = s.file().position(Math.max(s.target().start(), s.target().end() - 1)).line();
                Map<Integer, List<Suppression>> lines = byLine.computeIfAbsent(file, k -> new HashMap<>());
                for (int line = first; line <= last; line++) {
                    lines.computeIfAbsent(line, k -> new ArrayList<>()).add(s);
                }
            }
        }

        /** The suppressions that may reach {@code f}: its file's whole-file ones and those whose target covers its line. */
        List<Suppression> near(Finding f) {
            Path file = f.file().path();
            List<Suppression> found = new ArrayList<>(wholeFile.getOrDefault(file, List.of()));
            found.addAll(byLine.getOrDefault(file, Map.of()).getOrDefault(f.start().line(), List.of()));
            return found;
        }
    }

    private static List<Finding> unused(Suppression s, Set<Suppression.Code> used, boolean reportUnused) {
        List<Finding> unused = new ArrayList<>();
        if (s.mistake().isPresent()) {
            String m = s.mistake().get();
            return List.of(mistake(s, s.comment(), Character.toUpperCase(m.charAt(0)) + m.substring(1) + "."));
        }
        if (s.codes().isEmpty()) {
            unused.add(mistake(s, s.comment(), "This suppression comment names no rule, so it silences nothing "
                    + "(stacklint never silences every rule at once); name the rules (codes or names) or remove it."));
        }
        // an alias of several rules is one code per rule, at one place: it is used when one of them silenced something
        Set<Span> usedPlaces = new HashSet<>();
        s.codes().stream().filter(used::contains).forEach(c -> usedPlaces.add(c.span()));
        Set<Span> reported = new HashSet<>();
        for (Suppression.Code c : s.reportsUnused() ? s.codes() : List.<Suppression.Code>of()) {
            // a passed-through code (SC2086) may be one this ShellCheck version or this RUN never raises: not a mistake
            if (reportUnused && c.rule().isPresent() && !usedPlaces.contains(c.span())
                    && BuiltinRules.find(c.rule().get().code()).isPresent() && reported.add(c.span())) {
                RuleMeta r = c.rule().get();
                String what = BuiltinRules.findAll(c.text()).size() > 1 ? c.text() : r.code() + " (" + r.name() + ")";
                unused.add(finding(s, c.span(), "The suppression of " + what + " silenced nothing "
                        + s.reach() + "; remove it."));
            } else if (c.rule().isEmpty() && s.reportsUnknown() && !RuleRefs.hadolintOnly(c.text())) {
                unused.add(mistake(s, c.span(), "'" + c.text() + "' is not a rule code or name"
                        + RuleRefs.didYouMean(c.text()) + ", so this suppresses nothing; fix the spelling or remove it."));
            }
        }
        return unused;
    }

    private static Finding finding(Suppression s, Span span, String message) {
        return new Finding(ParseRules.UNUSED_SUPPRESSION.meta(), ParseRules.UNUSED_SUPPRESSION.meta().severity(), s.file(), span, message);
    }

    /** A comment written wrong is a warning: unlike a stale one, it never silenced what its author meant. */
    private static Finding mistake(Suppression s, Span span, String message) {
        return new Finding(ParseRules.UNUSED_SUPPRESSION.meta(), Severity.WARNING, s.file(), span, message);
    }
}
