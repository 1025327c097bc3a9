package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.SyntaxError;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3043: ONBUILD triggering ONBUILD, FROM or MAINTAINER, which Docker refuses to build. The parser finds it (and
 * keeps no node for it); this rule reports it in place of SL004, so the mistake is one finding.
 */
public final class ForbiddenOnbuildTrigger implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3043", "forbidden-onbuild-trigger", Severity.ERROR,
            "ONBUILD triggers an instruction it may not: ONBUILD, FROM or MAINTAINER.").in(Category.CORRECTNESS);

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (SyntaxError e : dockerfile.errors()) {
            if (e.forbiddenTrigger()) {
                reporter.report(e.span(), e.message());
            }
        }
    }
}
