package dev.stacklint.config;

import dev.stacklint.project.Environment;
import dev.stacklint.project.EnvironmentPolicy;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.data.DatabaseImages;
import dev.stacklint.rules.data.DeprecatedImages;
import dev.stacklint.rules.data.LabelSchema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.stacklint.config.ConfigDocument.append;

/**
 * A {@code .stacklint.yaml}: rule levels (from {@code ignore} and {@code severity}), per-path overrides, the
 * failure threshold, which Compose files are production, trusted registries, the floating tags (replacing the
 * built-in list when set), extra entries for the data tables (in the tables' own shape), which rules run
 * ({@code select}, {@code extend-select}), the input {@code limits} it sets (by their key, e.g. {@code file-bytes}),
 * the files a folder search leaves out ({@code exclude}), the baseline file ({@code baseline}, relative to this
 * file's folder), and the labels images must carry ({@code label-schema}, {@code strict-labels}, as in hadolint).
 *
 * @param file     the configuration file; globs are relative to its folder
 * @param warnings what was skipped (hadolint rules stacklint does not have), {@code file:line:column: warning: ...}
 */
public record StacklintConfig(Path file, Map<RuleMeta, Level> levels, Optional<FailureThreshold> failureThreshold,
                              List<Override> overrides, Environments environments, List<String> trustedRegistries,
                              List<DeprecatedImages.Entry> deprecatedImages, List<DatabaseImages.Entry> databaseImages,
                              Selection selection, Optional<List<String>> floatingTags,
                              Map<String, Long> limits, List<Glob> exclude, Optional<Path> baseline,
                              Optional<Map<String, LabelSchema.Type>> labelSchema, Optional<Boolean> strictLabels,
                              List<String> warnings) {
    private static final SchemaCheck SCHEMA = SchemaCheck.load("config-schema.json");

    /** Settings for the files matching any of {@code files}. */
    public record Override(List<Glob> files, Map<RuleMeta, Level> levels) {
    }

    /** {@code environments}: the Compose files (globs) and profiles of each kind of deployment. */
    public record Environments(Selector production, Selector development) {
        public record Selector(List<Glob> files, Set<String> profiles) {
            static final Selector NONE = new Selector(List.of(), Set.of());
        }
    }

    public Path folder() {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** The level set for {@code rule} in {@code target}: the last override that matches and sets it, else the top level. */
    public Optional<Level> level(RuleMeta rule, Path target) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            Override o = overrides.get(i);
            if (o.levels().containsKey(rule) && o.files().stream().anyMatch(g -> g.matches(folder(), target))) {
                return Optional.of(o.levels().get(rule));
            }
        }
        return Optional.ofNullable(levels.get(rule));
    }

    /**
     * {@code environments} as whole-run patterns (globs made absolute under this file's folder; production
     * first, so that it wins a tie) and profile names.
     */
    public List<EnvironmentPolicy.Pattern> environmentPatterns() {
        List<EnvironmentPolicy.Pattern> patterns = new ArrayList<>();
        environments.production().files().forEach(g -> g.absolute(folder())
                .forEach(a -> patterns.add(new EnvironmentPolicy.Pattern(a, Environment.PRODUCTION))));
        environments.development().files().forEach(g -> g.absolute(folder())
                .forEach(a -> patterns.add(new EnvironmentPolicy.Pattern(a, Environment.DEVELOPMENT))));
        return patterns;
    }

    /** The profile names {@code environments} lists, and which environment each stands for (production wins a tie). */
    public Map<String, Environment> environmentNames() {
        Map<String, Environment> names = new LinkedHashMap<>();
        environments.development().profiles().forEach(n -> names.put(n, Environment.DEVELOPMENT));
        environments.production().profiles().forEach(n -> names.put(n, Environment.PRODUCTION));
        return names;
    }

    /** Reads and checks a configuration file; {@code name} is how messages call it. */
    public static StacklintConfig read(Path file, String name) {
        ConfigReader r = ConfigReader.open(file, name, SCHEMA);
        Map<RuleMeta, Level> levels = levels(r, List.of());
        List<Override> overrides = new ArrayList<>();
        for (int i = 0; i < r.size(List.of("overrides")); i++) {
            List<Object> at = List.of("overrides", i);
            overrides.add(new Override(r.globs(append(at, "files")), levels(r, at)));
        }
        Environments environments = new Environments(selector(r, "production"), selector(r, "development"));
        List<DeprecatedImages.Entry> deprecated = r.entries(List.of("deprecated-images"), DeprecatedImages.Entry::of);
        List<DatabaseImages.Entry> databases = r.entries(List.of("database-images"), DatabaseImages.Entry::of);
        Selection selection = new Selection(
                r.node(List.of("select")).isArray() ? Optional.of(r.selectors(List.of("select"))) : Optional.empty(),
                r.selectors(List.of("extend-select")));
        Optional<List<String>> floating = r.node(List.of("floating-tags")).isArray()
                ? Optional.of(List.copyOf(r.strings(List.of("floating-tags")))) : Optional.empty();
        List<Glob> excludes = r.globs(List.of("exclude"));
        r.done();
        return new StacklintConfig(file.toAbsolutePath().normalize(), Map.copyOf(levels),
                r.threshold(List.of("failure-threshold")), List.copyOf(overrides), environments,
                r.strings(List.of("trusted-registries")), List.copyOf(deprecated), List.copyOf(databases), selection,
                floating, limits(r), List.copyOf(excludes),
                r.string(List.of("baseline")).map(b -> file.toAbsolutePath().normalize().resolveSibling(b).normalize()),
                r.labelSchema(List.of("label-schema")), r.bool(List.of("strict-labels")), r.warnings());
    }

    private static Map<String, Long> limits(ConfigReader r) {
        Map<String, Long> limits = new LinkedHashMap<>();
        r.node(List.of("limits")).properties().forEach(e -> limits.put(e.getKey(), e.getValue().asLong()));
        return Map.copyOf(limits);
    }

    /** {@code severity} levels, and {@code ignore}d rules off (a rule in both stays off). */
    private static Map<RuleMeta, Level> levels(ConfigReader r, List<Object> at) {
        Map<RuleMeta, Level> levels = r.severities(append(at, "severity"), rule -> true, true);
        levels.putAll(r.ignored(append(at, "ignore"), rule -> true, true));
        return Map.copyOf(levels);
    }

    /** A list of globs, or {@code {files: [...], profiles: [...]}}. */
    private static Environments.Selector selector(ConfigReader r, String kind) {
        List<Object> at = List.of("environments", kind);
        if (r.node(at).isArray()) {
            return new Environments.Selector(r.globs(at), Set.of());
        }
        if (r.node(at).isObject()) {
            return new Environments.Selector(r.globs(append(at, "files")),
                    Set.copyOf(r.strings(append(at, "profiles"))));
        }
        return Environments.Selector.NONE;
    }
}
