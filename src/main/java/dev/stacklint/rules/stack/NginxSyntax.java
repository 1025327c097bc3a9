package dev.stacklint.rules.stack;

import dev.stacklint.nginx.NginxConf;
import dev.stacklint.nginx.NginxError;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

/** SL310: an nginx configuration file a service mounts or copies is one nginx refuses to load. */
public final class NginxSyntax implements StackRule {
    static final RuleMeta META = new RuleMeta("SL310", "nginx-syntax", Severity.ERROR,
            "An nginx configuration file a service mounts or copies has a syntax error: nginx does not start.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            c.nginx().ifPresent(config -> {
                for (NginxConf conf : config.files()) {
                    for (NginxError e : conf.errors()) {
                        reporter.report(e.origin().file(), e.origin().span(), e.message()
                                + " (nginx refuses to start with it)");
                    }
                }
            });
        }
    }
}
