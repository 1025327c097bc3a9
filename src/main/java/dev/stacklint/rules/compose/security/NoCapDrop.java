package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** SL251: A service keeps Docker's default capabilities instead of dropping them all. */
public final class NoCapDrop extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL251", "no-cap-drop", Severity.INFO,
            "A service keeps Docker's default capabilities instead of dropping them all.").in(Category.HARDENING).offByDefault();

    @Override
    boolean hardened(Service service) {
        return service.isolation().capDrop().stream().anyMatch(c -> c.value().equalsIgnoreCase("all"));
    }

    @Override
    String message() {
        return "keeps Docker's default capabilities; add `cap_drop: [ALL]` and give back only what it needs with `cap_add`";
    }
}
