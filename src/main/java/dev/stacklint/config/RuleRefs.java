package dev.stacklint.config;

import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns a rule code or name, as a user wrote it, into the rule, or says which rule was probably meant. */
public final class RuleRefs {
    private RuleRefs() {
    }

    private static final Pattern SHELLCHECK = Pattern.compile("SC[0-9]{4}");
    private static final Set<String> HADOLINT_ONLY = readHadolintOnly();

    /**
     * True for a hadolint rule stacklint does not have (DL3057...) or a ShellCheck code (SC2086...): configuration
     * migrated from hadolint names them, and they are skipped with a warning rather than refused.
     */
    public static boolean hadolintOnly(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        return find(c).isEmpty() && (HADOLINT_ONLY.contains(c) || SHELLCHECK.matcher(c).matches());
    }

    /** The warning for a {@link #hadolintOnly} code. */
    public static String skipped(String where, String code) {
        return where + ": " + code.trim() + " is a hadolint" + (SHELLCHECK.matcher(code.trim().toUpperCase(Locale.ROOT))
                .matches() ? " (ShellCheck)" : "") + " rule stacklint does not have; skipped";
    }

    private static Set<String> readHadolintOnly() {
        try (InputStream in = RuleRefs.class.getResourceAsStream("/stacklint/hadolint-only-rules.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the hadolint rule list is part of the jar", e);
        }
    }

    public static Optional<RuleMeta> find(String codeOrName) {
        return BuiltinRules.meta(codeOrName);
    }

    /** Every rule the code, name or alias names: several for an alias that rules share (MultipleInstructionsDisallowed). */
    public static List<RuleMeta> findAll(String codeOrName) {
        List<RuleMeta> rules = BuiltinRules.findAll(codeOrName).stream().map(Rule::meta).toList();
        // a ShellCheck code (SC2086) names no rule of the registry but what SL140 passes through
        return rules.isEmpty() ? BuiltinRules.meta(codeOrName).stream().toList() : rules;
    }

    /** {@code unknown rule 'SL2O1' (did you mean 'SL201'?)}. */
    public static String unknown(String codeOrName) {
        return "unknown rule '" + codeOrName + "'" + didYouMean(codeOrName);
    }

    /** {@code " (did you mean 'SL201'?)"} for the closest rule code, name or alias (dclint's, BuildKit's), or nothing. */
    public static String didYouMean(String codeOrName) {
        List<String> known = new ArrayList<>();
        for (Rule r : BuiltinRules.all()) {
            known.add(r.meta().code());
            known.add(r.meta().name());
            known.addAll(r.meta().aliases());
        }
        return DidYouMean.of(codeOrName.trim(), known);
    }
}
