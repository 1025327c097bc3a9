package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SL278 (dclint's {@code service-ports-alphabetical-order}): a service's {@code ports} not sorted by the port they
 * publish on the host (the first part after an optional host IP; {@code published} in the long syntax), with
 * numbers compared as numbers. Reported once per {@code ports}, at its key.
 */
public final class ServicePortsAlphabeticalOrder implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL278", "service-ports-alphabetical-order", Severity.STYLE, "The `ports` of a service are not in order.").in(Category.STYLE).offByDefault()
            .fixable(Fix.Safety.SAFE);
    /** An IPv4 address or a bracketed IPv6 address before the host port. */
    private static final Pattern HOST_IP = Pattern.compile("(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[^]]*]):(.*)");

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (Written.WrittenService service : Written.services(project)) {
            service.mapping().entry("ports").filter(e -> e.value() instanceof YamlSequence
                    && Written.writtenAfter(e.key(), e.value())).ifPresent(e -> {
                List<String> ports = Written.own((YamlSequence) e.value()).stream().map(ServicePortsAlphabeticalOrder::port)
                        .flatMap(Optional::stream).toList();
                SequenceOrder.firstInversion(ports, Written.NATURAL).filter(pair -> reported.add(e.key().origin()))
                        .ifPresent(pair -> {
                            Origin at = e.key().origin();
                            reporter.report(at.file(), at.span(), "`ports` of `" + service.name() + "` are not in "
                                    + "order: `" + pair.get(0) + "` should come before `" + pair.get(1) + "`",
                                    BlockOrder.items((YamlSequence) e.value(), ports, Written.NATURAL, "put the `ports`"
                                            + " of `" + service.name() + "` in order").orElse(null));
                        });
            });
        }
    }

    /** The host port a {@code ports} entry is sorted by. */
    private static Optional<String> port(YamlNode entry) {
        if (entry instanceof YamlScalar s) {
            String text = s.text().split("/", 2)[0];
            Matcher ip = HOST_IP.matcher(text);
            String rest = ip.matches() ? ip.group(1) : text;
            return Optional.of(rest.split(":", 2)[0]);
        }
        if (entry instanceof YamlMapping m) {
            return m.scalar("published").map(YamlScalar::text);
        }
        return Optional.empty();
    }
}
