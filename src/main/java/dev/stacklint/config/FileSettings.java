package dev.stacklint.config;

import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The settings in force for one file. Precedence: the command line, then the {@code .stacklint.yaml} (its
 * matching overrides before its top level), then {@code .hadolint.yaml} for DL rules, then {@code .dclintrc} for
 * dclint's rules, then the rule's own.
 */
public record FileSettings(Path file, Optional<StacklintConfig> config, Optional<HadolintConfig> hadolint,
                           Optional<DclintConfig> dclint, CommandLineSettings cli) {

    /**
     * The severity to report a finding of {@code rule} at, {@code reported} unless configured; empty when off. A
     * severity set for a rule turns it on; otherwise it runs when selected ({@link Selection}).
     */
    public Optional<Severity> severity(RuleMeta rule, Severity reported) {
        return level(rule).map(Level::severity).orElse(selected(rule) ? Optional.of(reported) : Optional.empty());
    }

    /**
     * The command line's selection, else the configuration's, else the rule's own default; where a {@code .dclintrc}
     * applies, dclint's rules are on unless it sets them to 0 (dclint runs every rule it is not told to leave out).
     */
    public boolean selected(RuleMeta rule) {
        if (Selection.alwaysOn(rule)) {
            return true;
        }
        Selection file = config.map(StacklintConfig::selection).orElse(Selection.DEFAULT);
        Selection merged = new Selection(cli.selection().select().or(file::select),
                Stream.concat(cli.selection().extend().stream(), file.extend().stream()).toList());
        return merged.decides(rule).orElse(rule.enabledByDefault() || dclint.filter(d -> d.enables(rule)).isPresent());
    }

    /** The level configured for the rule, else (for a passed-through SC code) for the rule that passes it through. */
    private Optional<Level> level(RuleMeta rule) {
        return ownLevel(rule).or(() -> BuiltinRules.passedThroughBy(rule).flatMap(this::ownLevel));
    }

    private Optional<Level> ownLevel(RuleMeta rule) {
        return Optional.ofNullable(cli.levels().get(rule))
                .or(() -> config.flatMap(c -> c.level(rule, file)))
                .or(() -> hadolint.filter(h -> HadolintConfig.appliesTo(rule)).map(h -> h.levels().get(rule)))
                .or(() -> dclint.map(d -> d.levels().get(rule)));
    }

    /** The threshold a finding of {@code rule} is measured against for the exit code. */
    public FailureThreshold failureThreshold(RuleMeta rule) {
        return cli.failureThreshold()
                .or(() -> config.flatMap(StacklintConfig::failureThreshold))
                .or(() -> hadolint.filter(h -> HadolintConfig.appliesTo(rule)).flatMap(HadolintConfig::failureThreshold))
                .orElse(FailureThreshold.DEFAULT);
    }

    /**
     * The label schema for this file: each key ({@code label-schema}, {@code strict-labels}) from the
     * {@code .stacklint.yaml} when it sets it, else from {@code .hadolint.yaml}; empty when neither sets a schema.
     */
    public Optional<LabelSchema> labelSchema() {
        Optional<Map<String, LabelSchema.Type>> labels = config.flatMap(StacklintConfig::labelSchema)
                .or(() -> hadolint.flatMap(HadolintConfig::labelSchema));
        boolean strict = config.flatMap(StacklintConfig::strictLabels)
                .or(() -> hadolint.flatMap(HadolintConfig::strictLabels)).orElse(false);
        return labels.map(l -> new LabelSchema(l, strict)).filter(LabelSchema::configured);
    }

    /** True when {@code .hadolint.yaml} sets {@code disable-ignore-pragma}: its {@code # hadolint ignore=} comments silence nothing. */
    public boolean hadolintPragmasDisabled() {
        return hadolint.map(HadolintConfig::disableIgnorePragma).orElse(false);
    }

    /**
     * Registries images may come from ({@code --trusted-registry}, {@code trusted-registries}, and hadolint's
     * {@code trustedRegistries}).
     */
    public List<String> trustedRegistries() {
        return Stream.of(cli.trustedRegistries().stream(), config.stream().flatMap(c -> c.trustedRegistries().stream()),
                hadolint.stream().flatMap(h -> h.trustedRegistries().stream())).flatMap(s -> s).distinct().toList();
    }
}
