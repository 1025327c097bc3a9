package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL219: {@code scale} and {@code deploy.replicas} both set, to different numbers, which Compose refuses. */
public final class ScaleReplicasMismatch implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL219", "scale-replicas-mismatch", Severity.ERROR,
            "A service sets scale and deploy.replicas to different numbers.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Located<String> scale = s.scale().orElse(null);
            Located<String> replicas = s.deploy().replicas().orElse(null);
            if (scale == null || replicas == null || !number(scale) || !number(replicas)
                    || Long.parseLong(scale.value().trim()) == Long.parseLong(replicas.value().trim())) {
                continue;
            }
            reporter.report(replicas.file(), replicas.span(), Keys.quoted(s.name().value())
                    + " sets `deploy.replicas: " + replicas.value().trim() + "` but `scale: " + scale.value().trim()
                    + "`: Compose refuses distinct values; keep only `deploy.replicas`");
        }
    }

    private static boolean number(Located<String> s) {
        String t = s.value().trim();
        return !t.isEmpty() && t.length() < 10 && t.chars().allMatch(Character::isDigit);
    }
}
