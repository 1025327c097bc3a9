package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

/** DL3050: with {@code strict-labels}, a label the schema does not list (a key from a variable cannot be judged). */
public final class LabelNotInSchema extends LabelSchemaRule {
    static final RuleMeta META = new RuleMeta("DL3050", "label-not-in-schema", Severity.INFO,
            "With strict labels, a label the label schema does not list.").in(Category.STYLE);

    @Override
    void check(Dockerfile dockerfile, LabelSchema schema, Reporter reporter) {
        if (!schema.strict()) {
            return;
        }
        for (KeyValue pair : labels(dockerfile)) {
            String key = pair.key().value();
            if (!schema.labels().containsKey(key) && pair.key().isLiteral()) {
                reporter.report(pair.key().span(), key + " is not in the label schema, and strict-labels allows only"
                        + " its labels: remove it, or add it to label-schema");
            }
        }
    }
}
