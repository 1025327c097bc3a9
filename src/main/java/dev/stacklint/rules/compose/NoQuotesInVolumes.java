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
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SL273 (dclint's {@code no-quotes-in-volumes}): a short-syntax entry of a service's {@code volumes} in quotes.
 * The fix drops the quotes only when the same characters, unquoted, are a plain YAML scalar with the same value:
 * path characters only, no escape, and no flow indicator inside a {@code [...]} list.
 */
public final class NoQuotesInVolumes implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL273", "no-quotes-in-volumes", Severity.STYLE,
            "A short-syntax `volumes` entry is quoted.").in(Category.STYLE).offByDefault().fixable(Fix.Safety.SAFE);
    /** Characters that keep their meaning in a plain scalar, starting with one that cannot open another token. */
    private static final Pattern PLAIN_BLOCK = Pattern.compile("[A-Za-z0-9_./~$][A-Za-z0-9_./~$:{}@+=, -]*");
    private static final Pattern PLAIN_FLOW = Pattern.compile("[A-Za-z0-9_./~][A-Za-z0-9_./~:@+=-]*");
    /** Plain values YAML would read as something other than a path string. */
    private static final Pattern NOT_A_STRING = Pattern.compile("[0-9._+-]*|true|false|null|yes|no|on|off|~",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (Written.WrittenService service : Written.services(project)) {
            service.mapping().entry("volumes").filter(e -> e.value() instanceof YamlSequence
                    && Written.writtenAfter(e.key(), e.value())).ifPresent(e -> {
                YamlSequence seq = (YamlSequence) e.value();
                for (YamlNode item : Written.own(seq)) {
                    if (item instanceof YamlScalar volume && Written.quoted(volume) && reported.add(volume.origin())) {
                        report(volume, Written.flow(seq), reporter);
                    }
                }
            });
        }
    }

    private static void report(YamlScalar volume, boolean flow, Reporter reporter) {
        Origin at = volume.origin();
        String text = at.file().slice(at.span());
        String inner = text.substring(1, text.length() - 1);
        boolean plain = inner.equals(volume.text()) && (flow ? PLAIN_FLOW : PLAIN_BLOCK).matcher(inner).matches()
                && !inner.endsWith(":") && !inner.endsWith(" ") && !inner.contains(": ")
                && !NOT_A_STRING.matcher(inner).matches();
        if (plain) {
            reporter.report(at.file(), at.span(), "`" + text + "` is quoted; a volume entry reads the same without "
                    + "quotes: write `" + inner + "`", Fix.safe("remove the quotes", new Edit(at.span(), inner)));
        } else {
            reporter.report(at.file(), at.span(), "`" + text + "` is quoted; dclint's style writes volume entries "
                    + "without quotes");
        }
    }
}
