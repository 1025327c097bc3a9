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
import dev.stacklint.source.Lines;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.YamlEntry;

/**
 * A top-level {@code version} key: the Compose Specification made it obsolete, and Compose ignores it. The fix
 * removes its line (with a comment on that line), when the key and its value are alone on their lines.
 */
public final class ObsoleteVersionField implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL202", "obsolete-version-field", Severity.WARNING,
            "The top-level `version` key is obsolete and ignored by Compose.").in(Category.STYLE).fixable(Fix.Safety.SAFE)
            .alias("no-version-field");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (ComposeProject.Document doc : project.documents()) {
            doc.root().entry("version").ifPresent(e -> reporter.report(doc.file(), e.key().origin().span(),
                    "the top-level `version` key is obsolete: Compose ignores it (and warns); remove it", fix(doc.file(), e)));
        }
    }

    private static Fix fix(SourceFile file, YamlEntry e) {
        return Lines.whole(file, e.key().origin().span().to(e.value().origin().span()))
                .map(lines -> Fix.safe("remove the obsolete `version` line", Edit.delete(lines))).orElse(null);
    }
}
