package dev.stacklint.config;

import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code --select}, {@code --extend-select} and the configuration's {@code select} name, as ruff's selectors
 * do: {@code all}, a category ({@code security}), a rule (code, name or alias) or a code prefix ({@code SL2},
 * {@code DL30}).
 */
public record RuleSelector(String text) {

    public boolean selects(RuleMeta rule) {
        String t = text.trim();
        if (t.equalsIgnoreCase("all")) {
            return true;
        }
        Optional<Category> category = Category.of(t);
        if (category.isPresent()) {
            return rule.category() == category.get();
        }
        return rule.matches(t) || isCodePrefix(t) && rule.code().startsWith(t.toUpperCase(Locale.ROOT))
                || passesThrough(rule, t);
    }

    /** Selecting a passed-through code (SC2086) selects the rule that produces it (SL140) too. */
    private static boolean passesThrough(RuleMeta rule, String t) {
        return BuiltinRules.meta(t).filter(m -> !m.equals(rule) && m.aliases().contains(rule.code())).isPresent();
    }

    /** The selector, or empty when it selects no rule at all (a typo). */
    public static Optional<RuleSelector> parse(String text) {
        RuleSelector s = new RuleSelector(text.trim());
        boolean known = s.text().equalsIgnoreCase("all") || Category.of(s.text()).isPresent()
                || BuiltinRules.all().stream().map(Rule::meta).anyMatch(s::selects);
        return known ? Optional.of(s) : Optional.empty();
    }

    /** {@code unknown rule or category 'secuirty' (did you mean 'security'?)}. */
    public static String unknown(String text) {
        List<String> known = new ArrayList<>(List.of("all"));
        for (Category c : Category.values()) {
            known.add(c.label());
        }
        for (Rule r : BuiltinRules.all()) {
            known.add(r.meta().code());
            known.add(r.meta().name());
            known.addAll(r.meta().aliases());
        }
        return "unknown rule or category '" + text + "'" + DidYouMean.of(text.trim(), known);
    }

    private static boolean isCodePrefix(String t) {
        return t.matches("(?i)(SL\\d{0,3}|DL\\d{0,4}|SC\\d{0,4})") && t.length() >= 3;
    }
}
