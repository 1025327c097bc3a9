package dev.stacklint.rules.stack;

import dev.stacklint.compose.PortMapping;
import dev.stacklint.compose.PortRange;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** SL303: the container side of a published port is a port nothing in the container listens on. */
public final class PortMismatch implements StackRule {
    static final RuleMeta META = new RuleMeta("SL303", "port-mismatch", Severity.WARNING,
            "A published container port is neither a port the app listens on nor an EXPOSEd one.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (Container c : stack.containers()) {
            Optional<Set<Integer>> listening = c.command().knownPorts();
            if (c.service().isEmpty() || listening.isEmpty() || c.sharesNetwork()) {
                continue;
            }
            Set<Integer> exposed = c.image().map(i -> exposed(i.end().exposedPorts())).orElse(Set.of());
            for (PortMapping p : c.service().get().ports()) {
                PortRange target = p.target().value();
                if (!p.protocol().equals("tcp") || !target.isSingle() || listening.get().contains(target.first())
                        || exposed.contains(target.first())) {
                    continue;
                }
                reporter.report(p.target().file(), p.target().span(), message(c, target.first(), listening.get()));
            }
        }
    }

    private static String message(Container c, int target, Set<Integer> listening) {
        String servers = c.command().launches().stream().map(Launch::server).map(s -> s.label()).distinct()
                .collect(Collectors.joining(", "));
        if (listening.isEmpty()) {
            return "container port " + target + " is published, but " + servers
                    + " listens only on a unix socket; publish a TCP port it listens on";
        }
        String ports = listening.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "container port " + target + " is published, but " + servers + " listens on " + ports
                + "; map to " + listening.iterator().next() + " or change the port it listens on";
    }

    /** EXPOSEd TCP ports: {@code 8000}, {@code 8000/tcp}, {@code 8000-8010}; variables are skipped. */
    private static Set<Integer> exposed(List<String> ports) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String v : ports) {
            int slash = v.indexOf('/');
            if (slash >= 0) {
                if (!v.substring(slash + 1).equalsIgnoreCase("tcp")) {
                    continue;
                }
                v = v.substring(0, slash);
            }
            PortRange.parse(v).ifPresent(r -> {
                for (int p = r.first(); p <= r.last() && p - r.first() < 1000; p++) {
                    out.add(p);
                }
            });
        }
        return out;
    }
}
