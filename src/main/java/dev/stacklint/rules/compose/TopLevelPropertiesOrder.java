package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SL276 (dclint's {@code top-level-properties-order}): a top-level key written after one that the order puts later:
 * the {@code x-} extensions (alphabetically), version, name, include, services, networks, volumes, secrets,
 * configs, then any other key (alphabetically). dclint's {@code customOrder} option changes it.
 */
public final class TopLevelPropertiesOrder implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL276", "top-level-properties-order", Severity.STYLE,
            "Top-level keys are not in dclint's order.").in(Category.STYLE).offByDefault()
            .fixable(Fix.Safety.SAFE);
    private static final String EXTENSIONS = "x-properties";

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        List<String> slots = ctx.tables().style().topLevelOrder();
        int extensions = slots.indexOf(EXTENSIONS);
        KeyOrder order = new KeyOrder(k -> {
            int i = k.startsWith("x-") && extensions >= 0 ? extensions : slots.indexOf(k);
            return i < 0 ? slots.size() : i;
        });
        Set<Origin> reported = new HashSet<>();
        String summary = String.join(", ", slots.stream().map(s -> s.equals(EXTENSIONS) ? "x-*" : s).toList());
        for (ComposeProject.Document doc : project.documents()) {
            Fix fix = BlockOrder.entries(doc.root(), order.comparator(), "put the top-level keys in order").orElse(null);
            for (KeyOrder.Misplaced m : order.misplaced(Written.own(doc.root()))) {
                Origin at = m.key().key().origin();
                if (reported.add(at)) {
                    reporter.report(at.file(), at.span(), "top-level `" + m.key().name() + "` should come before `"
                            + m.before().name() + "` (the order: " + summary + ", then other keys)", fix);
                }
            }
        }
    }
}
