package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.util.regex.Pattern;

/**
 * DL3056: a label the schema types {@code semver} does not hold a semantic version (semver.org 2.0:
 * {@code MAJOR.MINOR.PATCH}, optional {@code -pre.release} and {@code +build}; no leading {@code v}).
 */
public final class LabelNotSemver extends LabelValueRule {
    static final RuleMeta META = new RuleMeta("DL3056", "label-not-semver", Severity.WARNING,
            "A label the label schema types semver does not hold a semantic version.").in(Category.STYLE);
    private static final String NUMBER = "(0|[1-9]\\d*)";
    private static final String IDENTIFIER = "(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile(NUMBER + "\\." + NUMBER + "\\." + NUMBER
            + "(-" + IDENTIFIER + "(\\." + IDENTIFIER + ")*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    public LabelNotSemver() {
        super(LabelSchema.Type.SEMVER);
    }

    @Override
    boolean valid(String value) {
        return SEMVER.matcher(value).matches();
    }

    @Override
    String expected() {
        return "a semantic version such as 1.4.2 or 2.0.0-rc.1";
    }
}
