package dev.stacklint.rules.stack;

import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.Server;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.List;
import java.util.Optional;

/** SL306: one container runs a web server and an app server together, or a process supervisor. */
public final class MultipleProcesses implements StackRule {
    static final RuleMeta META = new RuleMeta("SL306", "multiple-processes", Severity.INFO,
            "One container runs nginx and an app server together, or a process supervisor.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            Optional<Launch> supervisor = first(c, Server.Role.MANAGER);
            Optional<Launch> proxy = first(c, Server.Role.PROXY);
            Optional<Launch> app = first(c, Server.Role.APP);
            if (supervisor.isPresent()) {
                Launch s = supervisor.get();
                // a supervisor whose configuration starts one program is that program's init, not several processes
                if (s.programs().map(p -> p.size() < 2).orElse(false)) {
                    continue;
                }
                String what = s.programs().map(p -> " runs " + names(p) + " in one container")
                        .orElse(" runs several programs in one container");
                reporter.report(s.where().file(), s.where().span(), s.server().label() + what + "; give each its own"
                        + " Compose service (nginx as its own service) so Docker can watch, restart and scale them one"
                        + " by one");
            } else if (proxy.isPresent() && app.isPresent()) {
                Launch p = proxy.get();
                reporter.report(p.where().file(), p.where().span(), p.server().label() + " and "
                        + app.get().server().label() + " run in one container; run " + p.server().label()
                        + " as its own Compose service and keep one process per container");
            }
        }
    }

    private static String names(List<String> programs) {
        List<String> quoted = programs.stream().map(p -> "`" + p + "`").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    private static Optional<Launch> first(Container c, Server.Role role) {
        return c.command().launches().stream().filter(l -> !l.conditional() && l.server().role() == role).findFirst();
    }
}
