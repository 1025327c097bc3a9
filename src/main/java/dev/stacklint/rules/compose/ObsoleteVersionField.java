package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/** A top-level {@code version} key: the Compose Specification made it obsolete, and Compose ignores it. */
public final class ObsoleteVersionField implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL202", "obsolete-version-field", Severity.WARNING, Target.COMPOSE,
            "The top-level `version` key is obsolete and ignored by Compose.").in(Category.STYLE)
            .alias("no-version-field");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ComposeProject project, Reporter reporter) {
        for (ComposeProject.Document doc : project.documents()) {
            doc.root().entry("version").ifPresent(e -> reporter.report(doc.file(), e.key().origin().span(),
                    "the top-level `version` key is obsolete: Compose ignores it (and warns); remove it"));
        }
    }
}
