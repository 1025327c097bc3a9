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
import dev.stacklint.source.Span;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SL110: {@code FROM image as name} or {@code from image AS name}: the two keywords cased differently. */
public final class FromAsCasing implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL110", "from-as-casing", Severity.INFO,
            "The AS of a FROM is cased differently from the FROM keyword.").in(Category.STYLE).alias("FromAsCasing")
            .fixable(Fix.Safety.SAFE);

    private static final Pattern AS = Pattern.compile("(?i)(?<![^\\s\\\\`])as(?![^\\s\\\\`])");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction i : dockerfile.instructions()) {
            if (!(i instanceof Instruction.From from) || from.alias().isEmpty()) {
                continue;
            }
            String keyword = dockerfile.source().slice(from.keywordSpan());
            int gapStart = from.image().span().end();
            String gap = dockerfile.source().slice(new Span(gapStart, from.alias().get().span().start()));
            Matcher m = AS.matcher(gap);
            if (!m.find()) {
                continue;
            }
            String as = m.group();
            boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
            boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
            if ((upper && !as.equals("AS")) || (lower && !as.equals("as"))) {
                Span span = new Span(gapStart + m.start(), gapStart + m.end());
                String wanted = upper ? "AS" : "as";
                reporter.report(span, "'" + as + "' is cased differently from '" + keyword + "': write '" + wanted
                        + "'", Fix.safe("write '" + wanted + "'", new Edit(span, wanted)));
            }
        }
    }
}
