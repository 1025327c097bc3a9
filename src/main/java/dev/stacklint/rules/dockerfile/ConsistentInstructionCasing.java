package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;

/**
 * SL112: instruction keywords cased inconsistently within one file. The casing most keywords use (upper-case on a
 * tie) is the file's; each keyword cased otherwise is reported.
 */
public final class ConsistentInstructionCasing implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL112", "consistent-instruction-casing", Severity.INFO, "Instruction keywords mix upper- and lower-case within one file.")
            .in(Category.STYLE).alias("ConsistentInstructionCasing").fixable(Fix.Safety.SAFE);

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        int upper = 0;
        int lower = 0;
        for (Instruction i : dockerfile.instructions()) {
            String keyword = dockerfile.source().slice(i.keywordSpan());
            if (keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
                upper++;
            } else if (keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
                lower++;
            }
        }
        boolean fileIsLower = lower > upper;
        for (Instruction i : dockerfile.instructions()) {
            String keyword = dockerfile.source().slice(i.keywordSpan());
            String wanted = fileIsLower ? keyword.toLowerCase(Locale.ROOT) : keyword.toUpperCase(Locale.ROOT);
            if (!keyword.equals(wanted)) {
                reporter.report(i.keywordSpan(), "'" + keyword + "' is cased unlike the file's other instructions ("
                        + (fileIsLower ? "lower" : "upper") + "-case): write '" + wanted + "'",
                        Fix.safe("write '" + wanted + "'", new Edit(i.keywordSpan(), wanted)));
            }
        }
    }
}
