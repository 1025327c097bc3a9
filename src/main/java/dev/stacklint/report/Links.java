package dev.stacklint.report;

import dev.stacklint.rule.RuleMeta;

/** Where stacklint and its rule docs live on the web (for formats that link to them). */
public final class Links {
    public static final String HOME = "https://github.com/stacklint/stacklint";

    private Links() {
    }

    public static String ruleDoc(RuleMeta rule) {
        return HOME + "/blob/main/rules/" + rule.code() + ".md";
    }
}
