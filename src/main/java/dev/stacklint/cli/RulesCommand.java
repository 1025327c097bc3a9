package dev.stacklint.cli;

import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.concurrent.Callable;

/**
 * {@code stacklint rules}: every rule with its code, name, default severity, category, whether it is on by
 * default, target and summary; {@code --format json} for tools.
 */
public final class RulesCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command("rules", this,
            "List every rule; FIX is * for a safe fix (--fix), ! for an unsafe one (--fix --unsafe-fixes).");

    RulesCommand() {
        spec.addOption(Specs.option("--format", "FORMAT", String.class, "text (default) or json.").defaultValue("text")
                .build());
        Specs.withHelp(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String format = Specs.value(spec, "--format");
        switch (format) {
            case "text" -> text();
            case "json" -> json();
            default -> throw new UsageException("rules --format must be text or json, not '" + format + "'");
        }
        return ExitCodes.CLEAN;
    }

    private static void text() {
        int nameWidth = BuiltinRules.all().stream().mapToInt(r -> r.meta().name().length()).max().orElse(10);
        String fmt = "%-7s %-" + nameWidth + "s %-8s %-11s %-3s %-3s %-10s %s%n";
        // FIX: * a safe fix (--fix), ! an unsafe one (--fix --unsafe-fixes)
        System.out.printf(fmt, "CODE", "NAME", "SEVERITY", "CATEGORY", "ON", "FIX", "TARGET", "SUMMARY");
        for (Rule r : BuiltinRules.all()) {
            RuleMeta m = r.meta();
            System.out.printf(fmt, m.code(), m.name(), m.severity().label(), m.category().label(),
                    m.enabledByDefault() ? "yes" : "no", fixMark(m), m.target().label(), m.summary());
        }
    }

    private static String fixMark(RuleMeta m) {
        if (m.fixable() == null) {
            return "";
        }
        return m.fixable() == dev.stacklint.rule.Fix.Safety.SAFE ? "*" : "!";
    }

    private static void json() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode rules = root.putArray("rules");
        for (Rule r : BuiltinRules.all()) {
            RuleMeta m = r.meta();
            ObjectNode rule = rules.addObject();
            rule.put("code", m.code());
            rule.put("name", m.name());
            rule.put("severity", m.severity().label());
            rule.put("category", m.category().label());
            rule.put("enabled", m.enabledByDefault());
            rule.put("target", m.target().label());
            if (m.fixable() == null) {
                rule.putNull("fixable");
            } else {
                rule.put("fixable", m.fixable().label());
            }
            rule.put("summary", m.summary());
            ArrayNode aliases = rule.putArray("aliases");
            m.aliases().forEach(aliases::add);
        }
        System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
