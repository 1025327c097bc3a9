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

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SL275 (dclint's {@code service-keys-order}): a service key written after one that dclint's order puts later. The
 * order is dclint's groups (image, build, container_name; depends_on; volumes, volumes_from, configs, secrets;
 * environment, env_file; ports, networks, network_mode, extra_hosts; command, entrypoint, working_dir, restart,
 * healthcheck; logging, labels; user, isolation), each key in its place, then every other key alphabetically.
 * dclint's {@code groups} and {@code groupOrder} options change it.
 */
public final class ServiceKeysOrder implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL275", "service-keys-order", Severity.STYLE,
            "The keys of a service are not in dclint's order.").in(Category.STYLE).offByDefault()
            .fixable(Fix.Safety.SAFE);

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        List<List<String>> groups = ctx.tables().style().serviceKeyOrder();
        Map<String, Integer> rank = new HashMap<>();
        groups.stream().flatMap(List::stream).forEach(k -> rank.putIfAbsent(k, rank.size()));
        int rest = rank.size();
        KeyOrder order = new KeyOrder(k -> rank.getOrDefault(k, rest));
        Set<Origin> reported = new HashSet<>();
        String summary = groups.stream().map(g -> String.join(", ", g)).collect(Collectors.joining("; "));
        for (Written.WrittenService service : Written.services(project)) {
            Fix fix = BlockOrder.entries(service.mapping(), order.comparator(), "put the keys of `" + service.name()
                    + "` in order").orElse(null);
            for (KeyOrder.Misplaced m : order.misplaced(Written.own(service.mapping()))) {
                Origin at = m.key().key().origin();
                if (reported.add(at)) {
                    reporter.report(at.file(), at.span(), "`" + m.key().name() + "` should come before `"
                            + m.before().name() + "` in service `" + service.name() + "` (the order: " + summary
                            + "; then other keys)", fix);
                }
            }
        }
    }
}
