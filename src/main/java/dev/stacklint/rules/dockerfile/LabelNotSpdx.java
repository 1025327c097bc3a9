package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;
import dev.stacklint.rules.data.SpdxLicenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DL3054: a label the schema types {@code spdx} does not hold an SPDX licence expression: identifiers from the SPDX
 * list (rules/data/spdx-licenses.yaml, without case; {@code +} after one allowed), {@code LicenseRef-}/
 * {@code DocumentRef-} references, joined by AND/OR, an exception after WITH, and parentheses.
 */
public final class LabelNotSpdx extends LabelValueRule {
    static final RuleMeta META = new RuleMeta("DL3054", "label-not-spdx", Severity.WARNING,
            "A label the label schema types spdx does not hold an SPDX licence expression.").in(Category.STYLE);
    private static final Pattern TOKEN = Pattern.compile("\\s*([()]|[^\\s()]+)");
    private static final Pattern REFERENCE = Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");

    public LabelNotSpdx() {
        super(LabelSchema.Type.SPDX);
    }

    @Override
    boolean valid(String value) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(value);
        while (m.lookingAt()) {
            tokens.add(m.group(1));
            m.region(m.end(), value.length());
        }
        Expression e = new Expression(tokens);
        return e.or() && e.at == tokens.size();
    }

    @Override
    String expected() {
        return "an SPDX licence expression such as MIT or Apache-2.0 OR MIT";
    }

    /** A recursive-descent reader of {@code or := and (OR and)*; and := with (AND with)*; with := simple [WITH exc]}. */
    private static final class Expression {
        /** Deeper parentheses than any licence needs: refused, so that no value can exhaust the stack. */
        private static final int MAX_DEPTH = 32;
        private final List<String> tokens;
        int at;
        private int depth;

        Expression(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean or() {
            if (!and()) {
                return false;
            }
            while (operator("OR")) {
                if (!and()) {
                    return false;
                }
            }
            return true;
        }

        private boolean and() {
            if (!with()) {
                return false;
            }
            while (operator("AND")) {
                if (!with()) {
                    return false;
                }
            }
            return true;
        }

        private boolean with() {
            if (!simple()) {
                return false;
            }
            if (operator("WITH")) {
                return at < tokens.size() && SpdxLicenses.builtin().exception(tokens.get(at++));
            }
            return true;
        }

        private boolean simple() {
            if (at >= tokens.size()) {
                return false;
            }
            String token = tokens.get(at++);
            if (token.equals("(")) {
                if (++depth > MAX_DEPTH) {
                    return false;
                }
                boolean inner = or() && at < tokens.size() && tokens.get(at++).equals(")");
                depth--;
                return inner;
            }
            String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
            return REFERENCE.matcher(token).matches() || SpdxLicenses.builtin().license(id);
        }

        private boolean operator(String word) {
            if (at < tokens.size() && tokens.get(at).toUpperCase(Locale.ROOT).equals(word)) {
                at++;
                return true;
            }
            return false;
        }
    }
}
