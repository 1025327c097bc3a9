package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;

/** SL111: a stage name with upper-case letters ({@code FROM node AS Builder}). */
public final class StageNameCasing extends InstructionRule<Instruction.From> {
    static final RuleMeta META = new RuleMeta("SL111", "stage-name-casing", Severity.INFO,
            "A stage name is not lower-case.").in(Category.STYLE).alias("StageNameCasing");

    public StageNameCasing() {
        super(Instruction.From.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.From from, Reporter reporter) {
        from.alias().filter(StageNameCasing::notLowerCase).ifPresent(name -> reporter.report(name.span(),
                "stage name '" + name.value() + "' should be lower-case: write '"
                        + name.value().toLowerCase(Locale.ROOT) + "'"));
    }

    private static boolean notLowerCase(Word name) {
        return !name.value().equals(name.value().toLowerCase(Locale.ROOT));
    }
}
