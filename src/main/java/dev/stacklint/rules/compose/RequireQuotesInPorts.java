package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.StyleOptions;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.ScalarKind;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SL272 (dclint's {@code require-quotes-in-ports}): an unquoted entry of {@code ports} or {@code expose}. YAML
 * reads some unquoted ports as numbers: {@code 22:22} is the base-60 integer 1342 to YAML 1.1 tools. With dclint's
 * {@code quoteType} set, a port in the other quote is reported too. The fix wraps the port, as written, in quotes.
 */
public final class RequireQuotesInPorts implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL272", "require-quotes-in-ports", Severity.STYLE,
            "A `ports` or `expose` entry is not quoted.").in(Category.STYLE).offByDefault()
            .fixable(Fix.Safety.SAFE);
    private static final List<String> SECTIONS = List.of("ports", "expose");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        StyleOptions options = ctx.tables().style();
        Set<Origin> reported = new HashSet<>();
        char wanted = options.portQuote().orElse('"');
        for (Written.WrittenService service : Written.services(project)) {
            for (String section : SECTIONS) {
                service.mapping().sequence(section).filter(s -> Written.writtenAfter(
                        service.mapping().entry(section).orElseThrow().key(), s)).ifPresent(seq -> {
                    for (YamlNode item : Written.own(seq)) {
                        if (item instanceof YamlScalar port && port.kind() != ScalarKind.NULL
                                && reported.add(port.origin())) {
                            judge(port, section, wanted, options, reporter);
                        }
                    }
                });
            }
        }
    }

    private static void judge(YamlScalar port, String section, char wanted, StyleOptions options,
                              Reporter reporter) {
        char quote = Written.quote(port);
        String text = port.origin().file().slice(port.origin().span());
        if (quote == 0) {
            String message = "`" + text + "` in `" + section + "` is not quoted: YAML reads some unquoted ports as "
                    + "numbers (`22:22` is the base-60 integer 1342 to YAML 1.1 tools); write `" + wanted + text + wanted + "`";
            Optional<Fix> fix = text.equals(port.text()) && text.indexOf(wanted) < 0 && text.indexOf('\\') < 0
                    ? Optional.of(Fix.safe("quote the port", Edit.insert(port.origin().span().start(),
                            String.valueOf(wanted)), Edit.insert(port.origin().span().end(), String.valueOf(wanted))))
                    : Optional.empty();
            report(reporter, port, message, fix);
        } else if (options.portQuote().isPresent() && quote != wanted) {
            String inner = text.substring(1, text.length() - 1);
            Optional<Fix> fix = inner.equals(port.text()) && inner.indexOf(wanted) < 0 && inner.indexOf('\\') < 0
                    ? Optional.of(Fix.safe("change the quotes", new Edit(port.origin().span(), wanted + inner + wanted)))
                    : Optional.empty();
            report(reporter, port, "`" + text + "` in `" + section + "` is quoted with " + quote + ", not the "
                    + wanted + " the dclint configuration asks for", fix);
        }
    }

    private static void report(Reporter reporter, YamlScalar port, String message, Optional<Fix> fix) {
        Origin at = port.origin();
        fix.ifPresentOrElse(f -> reporter.report(at.file(), at.span(), message, f),
                () -> reporter.report(at.file(), at.span(), message));
    }
}
