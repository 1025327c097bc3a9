package dev.stacklint.rules.compose.security;

import dev.stacklint.compose.Service;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;

/** SL250: A service does not set no-new-privileges: setuid binaries can still gain privileges. */
public final class NoNewPrivileges extends MissingServiceSetting {
    static final RuleMeta META = new RuleMeta("SL250", "no-new-privileges", Severity.INFO,
            "A service does not set no-new-privileges: setuid binaries can still gain privileges.").in(Category.HARDENING).offByDefault();

    @Override
    boolean hardened(Service service) {
        return service.isolation().securityOpt().stream()
                .map(o -> o.value().toLowerCase(Locale.ROOT).replace(" ", ""))
                .anyMatch(o -> o.equals("no-new-privileges") || o.equals("no-new-privileges:true")
                        || o.equals("no-new-privileges=true"));
    }

    @Override
    String message() {
        return "does not set `security_opt: [no-new-privileges:true]`: a setuid binary in the image can still raise its privileges; add it";
    }
}
