package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;

/**
 * SL119: an ENV or LABEL in the legacy {@code NAME value} form (no {@code =}), which takes the rest of the line as
 * one value. ONBUILD triggers included.
 */
public final class LegacyKeyValueFormat implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL119", "legacy-key-value-format", Severity.WARNING,
            "An ENV or LABEL uses the legacy `NAME value` form instead of `NAME=value`.")
            .alias("LegacyKeyValueFormat");

    /** Values longer than this are shortened in the message. */
    private static final int SHOWN = 40;

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction i : dockerfile.instructions()) {
            List<KeyValue> pairs = switch (i.effective()) {
                case Instruction.Env e -> e.pairs();
                case Instruction.Label l -> l.pairs();
                default -> List.of();
            };
            String keyword = i.effective().keyword();
            pairs.stream().filter(KeyValue::legacy).forEach(kv -> {
                String value = kv.value().value();
                // NAME = value is the legacy form too: the value then starts with "= "
                boolean spacedEquals = value.startsWith("=");
                String meant = spacedEquals ? value.substring(1).strip() : value;
                reporter.report(kv.span(), "`" + keyword + " " + kv.key().value() + (spacedEquals
                        ? " = value` is the legacy form with blanks around `=`, so the value starts with `= `: write `"
                        : " value` is the legacy form, deprecated by Docker: write `")
                        + keyword + " " + kv.key().value() + "=" + shown(meant) + "`");
            });
        }
    }

    /** The value as the {@code =} form writes it: quoted when it holds blanks, shortened when long. */
    private static String shown(String value) {
        String v = value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value;
        return value.chars().anyMatch(Character::isWhitespace) ? "\"" + v.replace("\"", "\\\"") + "\"" : v;
    }
}
