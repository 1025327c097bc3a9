package dev.stacklint.config;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.data.LabelSchema;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What stacklint takes from a hadolint {@code .hadolint.yaml}: {@code ignored}, {@code override} and
 * {@code failure-threshold} for the DL rules stacklint shares with hadolint, {@code trustedRegistries},
 * {@code label-schema} and {@code strict-labels}, and {@code disable-ignore-pragma} (its {@code # hadolint ignore=}
 * comments silence nothing, and DL1001 reports them unless a level is set for it). Codes of hadolint rules
 * stacklint does not have, and hadolint's other keys, are left to hadolint.
 */
public record HadolintConfig(Path file, Map<RuleMeta, Level> levels, Optional<FailureThreshold> failureThreshold,
                             List<String> trustedRegistries, Optional<Map<String, LabelSchema.Type>> labelSchema,
                             Optional<Boolean> strictLabels, boolean disableIgnorePragma) {
    private static final SchemaCheck SCHEMA = SchemaCheck.load("hadolint-config-schema.json");
    private static final Predicate<RuleMeta> DL_RULE = r -> r.code().startsWith("DL") || r.code().startsWith("SC");

    /** True when the file's settings apply to {@code rule}: hadolint's settings speak of DL rules and ShellCheck's SC codes. */
    public static boolean appliesTo(RuleMeta rule) {
        return DL_RULE.test(rule);
    }

    public static HadolintConfig read(Path file, String name) {
        ConfigReader r = ConfigReader.open(file, name, SCHEMA);
        Map<RuleMeta, Level> levels = new LinkedHashMap<>(r.levelLists(List.of("override"), DL_RULE));
        levels.putAll(r.ignored(List.of("ignored"), DL_RULE, false));
        boolean noPragmas = r.bool(List.of("disable-ignore-pragma")).orElse(false);
        if (noPragmas) {
            RuleRefs.find("DL1001").ifPresent(dl1001 -> levels.putIfAbsent(dl1001, Level.valueOf(dl1001.severity().name())));
        }
        r.done();
        return new HadolintConfig(file.toAbsolutePath().normalize(), Map.copyOf(levels),
                r.threshold(List.of("failure-threshold")), r.strings(List.of("trustedRegistries")),
                r.labelSchema(List.of("label-schema")), r.bool(List.of("strict-labels")), noPragmas);
    }
}
