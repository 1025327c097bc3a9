package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.source.Span;

/**
 * DL3003: a RUN changes directory with {@code cd}. Reported once per RUN, at the first {@code cd}: the ones after it
 * ({@code cd ..}, {@code cd -}) are the same choice, not new problems.
 */
public final class UseWorkdirNotCd extends OncePerRunRule {
    static final RuleMeta META = new RuleMeta("DL3003", "use-workdir-not-cd", Severity.WARNING, Target.DOCKERFILE,
            "RUN changes directory with cd; WORKDIR says it once and for the following instructions too.").in(Category.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    public UseWorkdirNotCd() {
        super("cd");
    }

    @Override
    String message() {
        return "only lasts until the end of this RUN and hides where the following commands run: set the "
                + "directory with WORKDIR (or give the command an absolute path)";
    }

    @Override
    Span span(SimpleCommand first) {
        return first.span();
    }
}
