package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.Build;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;

/** SL221: {@code build.dockerfile} and {@code build.dockerfile_inline} together, which Compose holds exclusive. */
public final class DockerfileAndInline implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL221", "dockerfile-and-inline", Severity.ERROR,
            "A build sets both dockerfile and dockerfile_inline.");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Build b = s.build().orElse(null);
            if (b == null || b.dockerfile().isEmpty() || b.dockerfileInline().isEmpty()) {
                continue;
            }
            Origin at = s.keyPosition("build", "dockerfile_inline")
                    .orElse(b.dockerfileInline().get().origin());
            reporter.report(at.file(), at.span(), Keys.quoted(s.name().value()) + " sets both `dockerfile` and"
                    + " `dockerfile_inline`: Compose rejects the two together; keep one");
        }
    }
}
