package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3004: a RUN calls {@code sudo}; reported once per RUN, at the first sudo, as hadolint does. */
public final class NoSudo extends OncePerRunRule {
    static final RuleMeta META = new RuleMeta("DL3004", "no-sudo", Severity.ERROR,
            "RUN uses sudo, which has no place in an image build.").in(Category.SECURITY);

    public NoSudo() {
        super("sudo");
    }

    @Override
    String message() {
        return "in a build is unpredictable (a TTY, a password, an environment reset): RUN already runs as root "
                + "unless USER changed it; switch with USER, or use gosu or su-exec in an entrypoint";
    }
}
