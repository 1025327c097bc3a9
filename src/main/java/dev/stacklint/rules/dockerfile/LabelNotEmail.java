package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.util.regex.Pattern;

/**
 * DL3058: a label the schema types {@code email} does not hold an e-mail address (RFC 5322): {@code local@domain}, or
 * {@code Display Name <local@domain>} as maintainer labels are often written.
 */
public final class LabelNotEmail extends LabelValueRule {
    static final RuleMeta META = new RuleMeta("DL3058", "label-not-email", Severity.WARNING,
            "A label the label schema types email does not hold an e-mail address.").in(Category.STYLE);
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LOCAL = "(" + ATOM + "(\\." + ATOM + ")*|\"([^\"\\\\\\r\\n]|\\\\.)*\")";
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final String DOMAIN = "(" + LABEL + "(\\." + LABEL + ")*|\\[[^\\[\\]\\\\\\s]+])";
    private static final Pattern ADDRESS = Pattern.compile(LOCAL + "@" + DOMAIN);
    private static final Pattern NAMED = Pattern.compile("[^<>@]*<(.+)>");

    public LabelNotEmail() {
        super(LabelSchema.Type.EMAIL);
    }

    @Override
    boolean valid(String value) {
        var named = NAMED.matcher(value);
        return ADDRESS.matcher(named.matches() ? named.group(1) : value).matches();
    }

    @Override
    String expected() {
        return "an e-mail address such as team@example.com";
    }
}
