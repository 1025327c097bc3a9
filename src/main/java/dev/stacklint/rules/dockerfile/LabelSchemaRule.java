package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rules.data.LabelSchema;
import dev.stacklint.source.Interpolation;

import java.util.List;

/** A rule driven by the configured label schema (DL3049-DL3056, DL3058); without a schema it does nothing. */
abstract class LabelSchemaRule implements DockerfileRule {
    /** Checks a file against a configured schema. */
    abstract void check(Dockerfile dockerfile, LabelSchema schema, Reporter reporter);

    @Override
    public final void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        LabelSchema schema = ctx.tables().labelSchema();
        if (schema.configured()) {
            check(dockerfile, schema, reporter);
        }
    }

    /** Every pair of every LABEL, ONBUILD LABEL included (its labels end up in the images built on this one). */
    static List<KeyValue> labels(Dockerfile dockerfile) {
        return dockerfile.instructions().stream().map(Instruction::effective)
                .flatMap(i -> i instanceof Instruction.Label l ? l.pairs().stream() : java.util.stream.Stream.empty())
                .toList();
    }

    /** A key or value written with a variable: only the build knows what it is. */
    static boolean variable(String text) {
        return !Interpolation.literal(text);
    }
}
