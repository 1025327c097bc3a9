package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.SourceFile;

import java.util.Locale;

/** DL4000: the deprecated MAINTAINER instruction. */
public final class MaintainerDeprecated extends InstructionRule<Instruction.Maintainer> {
    static final RuleMeta META = new RuleMeta("DL4000", "maintainer-deprecated", Severity.ERROR,
            "MAINTAINER is deprecated; a label carries the same information.").in(Category.STYLE)
            .alias("MaintainerDeprecated").fixable(Fix.Safety.SAFE);

    public MaintainerDeprecated() {
        super(Instruction.Maintainer.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Maintainer maintainer, Reporter reporter) {
        String authors = unquoted(maintainer.text().strip());
        reporter.report(maintainer.keywordSpan(), "MAINTAINER is deprecated: write LABEL "
                + "org.opencontainers.image.authors=\"" + authors.replace("\"", "\\\"") + "\" instead",
                fix(dockerfile, maintainer, authors));
    }

    /**
     * The whole instruction replaced by the LABEL, its value in double quotes with what Docker would read there
     * escaped: the quote, {@code $} (LABEL expands variables, MAINTAINER does not) and the escape character. Null
     * for an empty MAINTAINER or one continued over several lines (a comment line in it would be lost).
     */
    private static Fix fix(Dockerfile dockerfile, Instruction.Maintainer maintainer, String authors) {
        SourceFile source = dockerfile.source();
        if (authors.isEmpty() || source.position(maintainer.span().start()).line()
                != source.position(maintainer.span().end()).line()) {
            return null;
        }
        String escape = String.valueOf(dockerfile.escape());
        String value = authors.replace(escape, escape + escape).replace("\"", escape + "\"").replace("$", escape + "$");
        String keyword = source.slice(maintainer.keywordSpan());
        String label = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
        return Fix.safe("replace MAINTAINER with the org.opencontainers.image.authors label", new Edit(
                maintainer.span(), label + " org.opencontainers.image.authors=\"" + value + "\""));
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
