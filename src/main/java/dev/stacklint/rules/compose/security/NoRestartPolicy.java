package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL254: A service has no restart policy: it stays down after a crash or a reboot. */
public final class NoRestartPolicy extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL254", "no-restart-policy", Severity.INFO,
            "A service has no restart policy: it stays down after a crash or a reboot.").in(Category.HARDENING).offByDefault();

    @Override
    boolean hardened(Service service) {
        return service.restart().isPresent() || service.deploy().restartPolicy().filter(c -> !c.value().isBlank()).isPresent();
    }

    @Override
    String message() {
        return "has no restart policy, so it stays down after a crash or a reboot; set `restart: unless-stopped` (or `on-failure`)";
    }
}
