package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.PortMapping;
import dev.stacklint.compose.PortRange;
import dev.stacklint.compose.Service;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SL215: one host port published twice with the same protocol on addresses that overlap, reported at the second.
 * No address, {@code 0.0.0.0} and {@code ::} cover every address of their family; two different specific addresses
 * ({@code 127.0.0.1:9000} and {@code 192.168.1.5:9000}) do not clash. A published range with a single container port
 * takes one free port of the range, so it holds none of them; services in disjoint profiles do not run together.
 */
public final class DuplicateHostPort implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL215", "duplicate-host-port", Severity.ERROR,
            "The same host port is published twice; the second container cannot bind it.")
            .alias("no-duplicate-exported-ports");

    private record Published(Service service, PortMapping port, PortRange range, String ip) {
    }

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        List<Published> seen = new ArrayList<>();
        for (Service s : project.services().values()) {
            for (PortMapping p : s.ports()) {
                Located<PortRange> published = p.published().orElse(null);
                if (published == null || published.value().first() == 0 || (!published.value().isSingle() && p.target().value().isSingle())) {
                    continue;
                }
                Published here = new Published(s, p, published.value(),
                        p.hostIp().map(ip -> normalized(ip.value())).orElse(""));
                Optional<Published> clash = seen.stream().filter(o -> clashes(o, here)).findFirst();
                clash.ifPresent(first -> reporter.report(published.file(), published.span(), "host port "
                        + overlap(first.range(), here.range()) + "/" + p.protocol() + (here.ip().isEmpty() ? ""
                        : " on " + here.ip()) + " is already published by " + Keys.quoted(first.service().name().value())
                        + " (" + Keys.where(first.port().origin(), p.origin()) + "): the second bind fails; publish a"
                        + " different host port", List.of(RelatedLocation.at(
                        first.port().published().orElseThrow().origin(),
                        Keys.quoted(first.service().name().value()) + " publishes it first"))));
                if (clash.isEmpty()) {
                    seen.add(here);
                }
            }
        }
    }

    private static boolean clashes(Published a, Published b) {
        if (!a.port().protocol().equals(b.port().protocol()) || a.range().last() < b.range().first()
                || b.range().last() < a.range().first()) {
            return false;
        }
        if (a.service() == b.service()) {
            // the same mapping written twice is one binding
            if (a.port().target().value().equals(b.port().target().value()) && a.ip().equals(b.ip())) {
                return false;
            }
        } else if (!Keys.activeTogether(a.service(), b.service())) {
            return false;
        }
        return covers(a.ip(), b.ip()) || covers(b.ip(), a.ip());
    }

    /** True when binding {@code wide} takes {@code ip} too. */
    private static boolean covers(String wide, String ip) {
        if (wide.isEmpty() || wide.equals(ip)) {
            return true;
        }
        if (ip.isEmpty()) {
            return false;
        }
        boolean v6 = ip.contains(":");
        return v6 ? wide.equals("::") : wide.equals("0.0.0.0");
    }

    private static String normalized(String ip) {
        String s = ip.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String overlap(PortRange a, PortRange b) {
        PortRange both = new PortRange(Math.max(a.first(), b.first()), Math.min(a.last(), b.last()));
        return both.toString();
    }
}
