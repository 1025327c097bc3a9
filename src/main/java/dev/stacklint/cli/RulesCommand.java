package dev.stacklint.cli;

import dev.stacklint.rule.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code stacklint rules}: every rule with its code, name, default severity, target and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule.")
public final class RulesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        int nameWidth = BuiltinRules.all().stream().mapToInt(r -> r.meta().name().length()).max().orElse(10);
        String fmt = "%-7s %-" + nameWidth + "s %-8s %-10s %s%n";
        System.out.printf(fmt, "CODE", "NAME", "SEVERITY", "TARGET", "SUMMARY");
        for (Rule r : BuiltinRules.all()) {
            RuleMeta m = r.meta();
            System.out.printf(fmt, m.code(), m.name(), m.severity().label(), m.target().label(), m.summary());
        }
        return ExitCodes.CLEAN;
    }
}
