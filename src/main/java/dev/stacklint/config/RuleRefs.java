package dev.stacklint.config;

import dev.stacklint.rule.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a rule code or name, as a user wrote it, into the rule, or says which rule was probably meant. */
public final class RuleRefs {
    private RuleRefs() {
    }

    public static Optional<RuleMeta> find(String codeOrName) {
        return BuiltinRules.find(codeOrName).map(Rule::meta);
    }

    /** {@code unknown rule 'SL2O1' (did you mean 'SL201'?)}. */
    public static String unknown(String codeOrName) {
        List<String> known = new ArrayList<>();
        for (Rule r : BuiltinRules.all()) {
            known.add(r.meta().code());
            known.add(r.meta().name());
        }
        return "unknown rule '" + codeOrName + "'" + DidYouMean.of(codeOrName.trim(), known);
    }
}
