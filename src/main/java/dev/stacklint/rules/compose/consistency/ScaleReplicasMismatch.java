package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.yaml.YamlScalar;
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
            YamlScalar scale = Keys.scalar(s, "scale").orElse(null);
            YamlScalar replicas = Keys.scalar(s, "replicas", "deploy").orElse(null);
            if (scale == null || replicas == null || !number(scale) || !number(replicas)
                    || Long.parseLong(scale.text().trim()) == Long.parseLong(replicas.text().trim())) {
                continue;
            }
            reporter.report(replicas.origin().file(), replicas.origin().span(), Keys.quoted(s.name().value())
                    + " sets `deploy.replicas: " + replicas.text().trim() + "` but `scale: " + scale.text().trim()
                    + "`: Compose refuses distinct values; keep only `deploy.replicas`");
        }
    }

    private static boolean number(YamlScalar s) {
        String t = s.text().trim();
        return !t.isEmpty() && t.length() < 10 && t.chars().allMatch(Character::isDigit);
    }
}
