package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

/**
 * DL3027: a RUN calls {@code apt}, the interactive front end, instead of {@code apt-get}; reported once per RUN, at
 * the first apt, as hadolint does (an {@code apt update && apt install} pair is one habit, not two problems).
 */
public final class UseAptGetNotApt extends OncePerRunRule {
    static final RuleMeta META = new RuleMeta("DL3027", "use-apt-get-not-apt", Severity.WARNING, Target.DOCKERFILE,
            "RUN uses apt, whose command-line interface is not stable for scripts; use apt-get or apt-cache.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    public UseAptGetNotApt() {
        super("apt");
    }

    @Override
    String message() {
        return "is meant for people at a terminal and warns that its interface may change: use apt-get (or "
                + "apt-cache for queries) in scripts";
    }
}
