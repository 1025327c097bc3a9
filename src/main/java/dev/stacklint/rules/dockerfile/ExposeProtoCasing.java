package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Interpolation;

import java.util.Locale;

/** SL113: an EXPOSE protocol written with upper-case letters ({@code EXPOSE 53/UDP}). */
public final class ExposeProtoCasing extends InstructionRule<Instruction.Expose> {
    static final RuleMeta META = new RuleMeta("SL113", "expose-proto-casing", Severity.INFO,
            "The protocol of an EXPOSE port is not lower-case.").in(Category.STYLE).alias("ExposeProtoCasing");

    public ExposeProtoCasing() {
        super(Instruction.Expose.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Expose expose, Reporter reporter) {
        for (Word port : expose.ports()) {
            int slash = port.value().lastIndexOf('/');
            String proto = slash < 0 ? "" : port.value().substring(slash + 1);
            if (Interpolation.literal(proto) && !proto.equals(proto.toLowerCase(Locale.ROOT))) {
                reporter.report(port.span(), "protocol '" + proto + "' should be lower-case: write '"
                        + port.value().substring(0, slash + 1) + proto.toLowerCase(Locale.ROOT) + "'");
            }
        }
    }
}
