package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rules.data.LabelSchema;

/**
 * A rule that checks the value of each label the schema gives one type. A value written with a variable is set by
 * the build and passes; an empty one is DL3051's finding.
 */
abstract class LabelValueRule extends LabelSchemaRule {
    private final LabelSchema.Type type;

    LabelValueRule(LabelSchema.Type type) {
        this.type = type;
    }

    /** True when {@code value} (not empty, no variable) is a well-formed value of the type. */
    abstract boolean valid(String value);

    /** What to write instead, e.g. {@code an absolute URL such as https://example.com/project}. */
    abstract String expected();

    @Override
    final void check(Dockerfile dockerfile, LabelSchema schema, Reporter reporter) {
        for (KeyValue pair : labels(dockerfile)) {
            String value = pair.value().value();
            if (schema.labels().get(pair.key().value()) == type && !value.isBlank() && pair.value().isLiteral()
                    && !valid(value.strip())) {
                reporter.report(pair.value().span(), "the label schema says " + pair.key().value() + " holds "
                        + expected() + ", not `" + value + "`: correct the value, or the label's type in label-schema");
            }
        }
    }
}
