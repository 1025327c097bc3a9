package dev.stacklint.config;

import dev.stacklint.rule.RuleMeta;

import java.util.List;
import java.util.Optional;

/**
 * Which rules run, before severities: {@code select} replaces the default set (every rule on by default),
 * {@code extend-select} adds to whichever set is in force. Parse and schema codes (SL0xx) always run: a file that
 * cannot be read is never silently passed.
 *
 * @param select the set to start from; empty for the default set
 * @param extend selectors added to it
 */
public record Selection(Optional<List<RuleSelector>> select, List<RuleSelector> extend) {
    public static final Selection DEFAULT = new Selection(Optional.empty(), List.of());

    public Selection {
        select = select.map(List::copyOf);
        extend = List.copyOf(extend);
    }

    /** True when {@code rule} is in the set, or when nothing decides (then its own default holds). */
    public Optional<Boolean> decides(RuleMeta rule) {
        if (extend.stream().anyMatch(s -> s.selects(rule))) {
            return Optional.of(true);
        }
        return select.map(list -> list.stream().anyMatch(s -> s.selects(rule)));
    }

    public static boolean alwaysOn(RuleMeta rule) {
        return rule.code().startsWith("SL0");
    }
}
