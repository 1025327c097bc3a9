package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;

import java.util.List;

/** SL223: a {@code develop.watch} rule other than {@code rebuild} without the container path it acts on. */
public final class WatchWithoutTarget implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL223", "watch-without-target", Severity.ERROR,
            "A develop.watch rule other than rebuild has no target.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            List<YamlNode> rules = Keys.mapping(s, "develop").flatMap(d -> d.sequence("watch"))
                    .map(w -> w.items()).orElse(List.of());
            for (YamlNode node : rules) {
                if (!(node instanceof YamlMapping rule) || rule.scalar("target").filter(t -> !t.text().isBlank())
                        .isPresent()) {
                    continue;
                }
                YamlScalar action = rule.scalar("action").orElse(null);
                if (action != null && !action.text().trim().equals("rebuild")) {
                    reporter.report(action.origin().file(), action.origin().span(), Keys.quoted(s.name().value())
                            + " watches " + rule.scalar("path").map(p -> Keys.quoted(p.text())).orElse("a path")
                            + " with `" + action.text().trim() + "` but no `target`: Compose requires one for every action"
                            + " but `rebuild`; add the container path as `target`");
                }
            }
        }
    }
}
