package dev.stacklint.rule;

import java.util.regex.Pattern;

/**
 * Everything the registry, the {@code rules} command, the docs test and the report formats know about a rule.
 * Declared once, as a constant on the rule class.
 *
 * @param code     stable code: SL0xx parse/schema, SL1xx Dockerfile, SL2xx compose, SL3xx stack, DLxxxx hadolint's
 * @param name     kebab-case name, accepted wherever a code is
 * @param severity default severity
 * @param target   what the rule looks at
 * @param summary  one line: what the rule finds
 */
public record RuleMeta(String code, String name, Severity severity, Target target, String summary) {
    private static final Pattern CODE = Pattern.compile("SL\\d{3}|DL\\d{4}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMeta {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad rule code " + code);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be kebab-case: " + name);
        }
    }

    /** True when {@code codeOrName} names this rule (codes are case-insensitive). */
    public boolean matches(String codeOrName) {
        String s = codeOrName.trim();
        return s.equalsIgnoreCase(code) || s.equalsIgnoreCase(name);
    }
}
