package dev.stacklint.rules.stack;

import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

/** SL208: a service's build names a context, Dockerfile or target stage that is not there. */
public final class MissingBuildFile implements StackRule {
    static final RuleMeta META = new RuleMeta("SL208", "missing-build-file", Severity.ERROR,
            "A service's build context, Dockerfile or target stage does not exist.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Stack.BuildProblem p : stack.buildProblems()) {
            // a file that looks copied elsewhere before use: the paths may be right there, so not an error here
            reporter.report(p.at().file(), p.at().span(), p.uncertain() ? Severity.INFO : META.severity(), p.message());
        }
    }
}
