package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL212: {@code network_mode} and {@code networks} on one service, which Compose holds mutually exclusive. */
public final class NetworkModeWithNetworks implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL212", "network-mode-with-networks", Severity.ERROR,
            "A service sets both network_mode and networks, which Compose does not allow together.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Located<String> mode = s.isolation().networkMode().filter(m -> !m.value().isBlank()).orElse(null);
            if (mode == null || s.networks().isEmpty()) {
                continue;
            }
            s.keyPosition("networks").ifPresent(at -> reporter.report(at.file(), at.span(),
                    Keys.quoted(s.name().value()) + " sets `network_mode: " + mode.value() + "` and `networks`: Compose"
                            + " rejects the two together; keep one (with `network_mode` the service joins no network"
                            + " of its own)"));
        }
    }
}
