package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Develop;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL223: a {@code develop.watch} rule other than {@code rebuild} without the container path it acts on. */
public final class WatchWithoutTarget implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL223", "watch-without-target", Severity.ERROR,
            "A develop.watch rule other than rebuild has no target.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            for (Develop.Watch rule : s.develop().watch()) {
                if (rule.target().filter(t -> !t.value().isBlank()).isPresent()) {
                    continue;
                }
                Located<String> action = rule.action().orElse(null);
                if (action != null && !action.value().trim().equals("rebuild")) {
                    reporter.report(action.file(), action.span(), Keys.quoted(s.name().value())
                            + " watches " + rule.path().map(p -> Keys.quoted(p.value())).orElse("a path")
                            + " with `" + action.value().trim() + "` but no `target`: Compose requires one for every action"
                            + " but `rebuild`; add the container path as `target`");
                }
            }
        }
    }
}
