package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

/** DL3051: a label the schema lists is set to an empty value (a value from a variable is the build's business). */
public final class EmptySchemaLabel extends LabelSchemaRule {
    static final RuleMeta META = new RuleMeta("DL3051", "empty-schema-label", Severity.WARNING,
            "A label the label schema lists is set to an empty value.").in(Category.STYLE);

    @Override
    void check(Dockerfile dockerfile, LabelSchema schema, Reporter reporter) {
        for (KeyValue pair : labels(dockerfile)) {
            if (schema.labels().containsKey(pair.key().value()) && pair.value().value().isBlank()) {
                reporter.report(pair.span(), pair.key().value() + " is empty, but the label schema requires it:"
                        + " give it a value (" + schema.labels().get(pair.key().value()).key() + ")");
            }
        }
    }
}
