package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Suppressions;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL1001: an inline ignore comment ({@code # hadolint ignore=...}, {@code # stacklint ignore=...}, and their
 * {@code stage} forms), for teams that want findings fixed or configured rather than silenced line by line. Off
 * unless selected, or unless hadolint's {@code disable-ignore-pragma} is set. A {@code global ignore} is file-level
 * configuration and is not reported.
 */
public final class InlineIgnorePragma implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL1001", "inline-ignore-pragma", Severity.WARNING,
            "An inline ignore comment silences a rule for one instruction or stage.").in(Category.STYLE)
            .offByDefault();

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Suppressions.Suppression s : Suppressions.of(dockerfile).entries()) {
            if (s.scope() != Suppressions.Scope.FILE) {
                reporter.report(s.comment(), "inline ignore comments are not allowed in this project: fix what "
                        + "the rule reports, or turn the rule off in the configuration");
            }
        }
    }
}
