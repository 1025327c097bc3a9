package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Deploy;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.ServiceLimits;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * SL220: a limit set both the old way ({@code mem_limit}, {@code cpus}, {@code pids_limit}, {@code mem_reservation})
 * and under {@code deploy.resources.limits} (or {@code reservations}), to different values ({@code 512m} and
 * {@code 536870912} are the same), which Compose refuses. A {@code limits} block without the key counts as 0, as
 * Compose reads it.
 */
public final class ResourceLimitsMismatch implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL220", "resource-limits-mismatch", Severity.ERROR,
            "mem_limit, cpus or pids_limit differs from the same limit under deploy.resources.limits.");

    /** A service-level key and the amount of a {@code deploy.resources} block that says the same. */
    private record Pair(String key, Function<ServiceLimits, Optional<Located<String>>> old, String section,
                        Function<Deploy.Resources, Optional<Deploy.Amounts>> block, String limit,
                        Function<Deploy.Amounts, Optional<Located<String>>> amount,
                        Function<String, Optional<BigDecimal>> parse) {
    }

    private static final Pair[] PAIRS = {
            new Pair("mem_limit", ServiceLimits::memLimit, "limits", Deploy.Resources::limits, "memory",
                    Deploy.Amounts::memory, ResourceLimitsMismatch::bytes),
            new Pair("cpus", ServiceLimits::cpus, "limits", Deploy.Resources::limits, "cpus",
                    Deploy.Amounts::cpus, ResourceLimitsMismatch::decimal),
            new Pair("pids_limit", ServiceLimits::pidsLimit, "limits", Deploy.Resources::limits, "pids",
                    Deploy.Amounts::pids, ResourceLimitsMismatch::decimal),
            new Pair("mem_reservation", ServiceLimits::memReservation, "reservations", Deploy.Resources::reservations,
                    "memory", Deploy.Amounts::memory, ResourceLimitsMismatch::bytes)};

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            for (Pair pair : PAIRS) {
                Located<String> old = pair.old().apply(s.limits()).orElse(null);
                Deploy.Amounts section = s.deploy().resources().flatMap(pair.block()).orElse(null);
                Optional<BigDecimal> a = old == null ? Optional.empty() : pair.parse().apply(old.value());
                if (a.isEmpty() || a.get().signum() == 0 || section == null) {
                    continue;
                }
                String setting = "deploy.resources." + pair.section() + "." + pair.limit();
                Located<String> limit = pair.amount().apply(section).orElse(null);
                if (limit == null) {
                    // Compose reads the missing key as 0, which differs from the old key's value
                    reporter.report(section.key().file(), section.key().span(), Keys.quoted(s.name().value())
                            + " sets `" + pair.key() + ": " + old.value().trim() + "` and a `deploy.resources."
                            + pair.section() + "` without `" + pair.limit() + "`, which Compose reads as 0 and refuses as"
                            + " a distinct value; move the value to `" + setting + "`");
                    continue;
                }
                Optional<BigDecimal> b = pair.parse().apply(limit.value());
                if (b.isPresent() && a.get().compareTo(b.get()) != 0) {
                    reporter.report(limit.file(), limit.span(), Keys.quoted(s.name().value())
                            + " sets `" + pair.key() + ": " + old.value().trim() + "` and `" + setting + ": "
                            + limit.value().trim() + "`: Compose refuses distinct values; keep only `" + setting + "`");
                }
            }
        }
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A byte count as Docker reads one: a number with an optional b, k, m, g (powers of 1024), with or without b. */
    static Optional<BigDecimal> bytes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        int shift = t.isEmpty() ? -1 : "kmgt".indexOf(t.charAt(t.length() - 1));
        String number = shift < 0 ? t : t.substring(0, t.length() - 1);
        BigDecimal unit = BigDecimal.valueOf(2).pow(10 * (shift + 1));
        return decimal(number).map(n -> n.multiply(unit));
    }
}
