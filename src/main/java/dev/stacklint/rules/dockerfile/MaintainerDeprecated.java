package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** DL4000: the deprecated MAINTAINER instruction. */
public final class MaintainerDeprecated extends InstructionRule<Instruction.Maintainer> {
    static final RuleMeta META = new RuleMeta("DL4000", "maintainer-deprecated", Severity.ERROR, Target.DOCKERFILE,
            "MAINTAINER is deprecated; a label carries the same information.").in(Category.STYLE)
            .alias("MaintainerDeprecated");

    public MaintainerDeprecated() {
        super(Instruction.Maintainer.class);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(Instruction.Maintainer maintainer, Reporter reporter) {
        String authors = unquoted(maintainer.text().strip()).replace("\"", "\\\"");
        reporter.report(maintainer.keywordSpan(), "MAINTAINER is deprecated: write LABEL "
                + "org.opencontainers.image.authors=\"" + authors + "\" instead");
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
