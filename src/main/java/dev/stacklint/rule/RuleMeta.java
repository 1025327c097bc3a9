package dev.stacklint.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the registry, the {@code rules} command, the docs test and the report formats know about a rule.
 * Declared once, as a constant on the rule class.
 *
 * @param code             stable code: SL0xx parse/schema, SL1xx Dockerfile, SL2xx compose, SL3xx stack, DLxxxx
 *                         hadolint's
 * @param name             kebab-case name, accepted wherever a code is
 * @param severity         default severity
 * @param target           what the rule looks at; null in a rule's {@code META} while its interface says it (filled
 *                         in by {@link Rule#meta()})
 * @param summary          one line: what the rule finds
 * @param category         what kind of problem it finds
 * @param enabledByDefault false for rules that run only when selected (the hardening set, hadolint's opt-in rules)
 * @param aliases          other tools' names for the same check (BuildKit's, dclint's), accepted like the name
 * @param fixable          the safest fix the rule can offer ({@code --fix} / {@code --unsafe-fixes}), or null for none
 */
public record RuleMeta(String code, String name, Severity severity, Target target, String summary, Category category,
                       boolean enabledByDefault, List<String> aliases, Fix.Safety fixable) {
    private static final Pattern CODE = Pattern.compile("SL\\d{3}|DL\\d{4}|SC\\d{4}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMeta {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad rule code " + code);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
        aliases = List.copyOf(aliases);
    }

    /** A correctness rule, on by default, with no alias, looking at what its interface says. */
    public RuleMeta(String code, String name, Severity severity, String summary) {
        this(code, name, severity, null, summary);
    }

    /** A correctness rule, on by default, with no alias. */
    public RuleMeta(String code, String name, Severity severity, Target target, String summary) {
        this(code, name, severity, target, summary, Category.CORRECTNESS, true, List.of(), null);
    }

    /** The same rule, looking at {@code t}. */
    public RuleMeta at(Target t) {
        return new RuleMeta(code, name, severity, t, summary, category, enabledByDefault, aliases, fixable);
    }

    public RuleMeta in(Category c) {
        return new RuleMeta(code, name, severity, target, summary, c, enabledByDefault, aliases, fixable);
    }

    /** The same rule, run only when a selector names it (its code, name, alias or category). */
    public RuleMeta offByDefault() {
        return new RuleMeta(code, name, severity, target, summary, category, false, aliases, fixable);
    }

    public RuleMeta alias(String... names) {
        return new RuleMeta(code, name, severity, target, summary, category, enabledByDefault,
                java.util.stream.Stream.concat(aliases.stream(), java.util.Arrays.stream(names)).toList(), fixable);
    }

    /** The same rule, declaring that its findings can carry a fix of this safety. */
    public RuleMeta fixable(Fix.Safety safety) {
        return new RuleMeta(code, name, severity, target, summary, category, enabledByDefault, aliases, safety);
    }

    /** True when {@code codeOrName} names this rule: its code, name or an alias (case-insensitive). */
    public boolean matches(String codeOrName) {
        String s = codeOrName.trim();
        return s.equalsIgnoreCase(code) || s.equalsIgnoreCase(name) || aliases.stream().anyMatch(s::equalsIgnoreCase);
    }
}
