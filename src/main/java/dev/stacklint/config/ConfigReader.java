package dev.stacklint.config;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.data.LabelSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

import static dev.stacklint.config.ConfigDocument.append;

/**
 * Reads one configuration file: YAML with positions, checked against its schema, then turned into values;
 * every problem (schema or meaning, e.g. an unknown rule) is collected with its position and thrown together.
 */
final class ConfigReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @SuppressWarnings("unchecked")
    private static final Class<Map<String, Object>> MAP = (Class<Map<String, Object>>) (Class<?>) Map.class;
    private final ConfigDocument yaml;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private ConfigReader(ConfigDocument yaml) {
        this.yaml = yaml;
    }

    /** Reads and schema-checks {@code file}; {@code name} is how messages call it. */
    static ConfigReader open(Path file, String name, SchemaCheck schema) {
        ConfigDocument yaml = ConfigDocument.read(file, name);
        List<String> schemaProblems = schema.problems(yaml);
        if (!schemaProblems.isEmpty()) {
            throw new ConfigException(schemaProblems);
        }
        return new ConfigReader(yaml);
    }

    /** What was skipped with a warning ({@code file:line:column: warning: ...}). */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Records a warning at the key that ends {@code path} ({@code file:line:column: warning: ...}). */
    void warnAtKey(List<Object> path, String message) {
        warnings.add(yaml.keyAt(path).problem("warning: " + message));
    }

    /** Records a warning at the value at {@code path}. */
    void warnAt(List<Object> path, String message) {
        warnings.add(yaml.at(path).problem("warning: " + message));
    }

    /** Records a problem at the value at {@code path}: the run stops with it when reading is {@link #done}. */
    void problemAt(List<Object> path, String message) {
        problems.add(yaml.at(path).problem(message));
    }

    /** Throws every problem found while reading values. */
    void done() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    JsonNode node(List<Object> path) {
        JsonNode n = yaml.root();
        for (Object p : path) {
            n = p instanceof Integer i ? n.path(i) : n.path((String) p);
        }
        return n;
    }

    List<String> strings(List<Object> path) {
        List<String> values = new ArrayList<>();
        node(path).forEach(n -> values.add(n.asString()));
        return values;
    }

    Optional<String> string(List<Object> path) {
        JsonNode n = node(path);
        return n.isString() ? Optional.of(n.asString()) : Optional.empty();
    }

    int size(List<Object> path) {
        return node(path).size();
    }

    /** A mapping rule (code or name) → level. Unknown rules are problems when {@code strict}, else skipped. */
    Map<RuleMeta, Level> severities(List<Object> path, Predicate<RuleMeta> applies, boolean strict) {
        Map<RuleMeta, Level> levels = new LinkedHashMap<>();
        node(path).properties().forEach(e -> rule(append(path, e.getKey()), e.getKey(), true, applies, strict)
                .forEach(r -> levels.put(r, Level.parse(e.getValue().asString()).orElseThrow())));
        return levels;
    }

    /** A list of rules (codes or names) that are off. Unknown rules are problems when {@code strict}, else skipped. */
    Map<RuleMeta, Level> ignored(List<Object> path, Predicate<RuleMeta> applies, boolean strict) {
        Map<RuleMeta, Level> levels = new LinkedHashMap<>();
        List<String> names = strings(path);
        for (int i = 0; i < names.size(); i++) {
            rule(append(path, i), names.get(i), false, applies, strict).forEach(r -> levels.put(r, Level.OFF));
        }
        return levels;
    }

    /** A list of rule selectors (codes, names, aliases, categories, code prefixes); each unknown one is a problem. */
    List<RuleSelector> selectors(List<Object> path) {
        List<RuleSelector> selectors = new ArrayList<>();
        List<String> texts = strings(path);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Optional<RuleSelector> s = RuleSelector.parse(text);
            if (s.isEmpty()) {
                problems.add(yaml.at(append(path, i)).problem(RuleSelector.unknown(text)));
            }
            s.ifPresent(selectors::add);
        }
        return selectors;
    }

    /** hadolint's {@code override: {error: [...], ...}}: rule → severity. */
    Map<RuleMeta, Level> levelLists(List<Object> path, Predicate<RuleMeta> applies) {
        Map<RuleMeta, Level> levels = new LinkedHashMap<>();
        node(path).properties().forEach(e -> {
            Level level = Level.parse(e.getKey()).orElseThrow();
            List<Object> listPath = append(path, e.getKey());
            List<String> codes = strings(listPath);
            for (int i = 0; i < codes.size(); i++) {
                rule(append(listPath, i), codes.get(i), false, applies, false).forEach(r -> levels.put(r, level));
            }
        });
        return levels;
    }

    /** The rules {@code text} names (several for an alias they share), those {@code applies} accepts. */
    private List<RuleMeta> rule(List<Object> path, String text, boolean isKey, Predicate<RuleMeta> applies, boolean strict) {
        List<RuleMeta> rule = RuleRefs.findAll(text).stream().filter(applies).toList();
        if (rule.isEmpty() && RuleRefs.hadolintOnly(text)) {
            warnings.add((isKey ? yaml.keyAt(path) : yaml.at(path)).problem(RuleRefs.skipped("warning", text)));
        } else if (rule.isEmpty() && strict) {
            problems.add((isKey ? yaml.keyAt(path) : yaml.at(path)).problem(RuleRefs.unknown(text)));
        }
        return rule;
    }

    List<Glob> globs(List<Object> path) {
        List<Glob> globs = new ArrayList<>();
        List<String> patterns = strings(path);
        for (int i = 0; i < patterns.size(); i++) {
            try {
                globs.add(Glob.of(patterns.get(i)));
            } catch (PatternSyntaxException e) {
                problems.add(yaml.at(append(path, i)).problem("not a valid glob: " + e.getDescription()));
            }
        }
        return globs;
    }

    /** Each mapping of the list at {@code path}, made into a data-table entry by {@code entry}. */
    <T> List<T> entries(List<Object> path, Function<Map<String, Object>, T> entry) {
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < size(path); i++) {
            List<Object> at = append(path, i);
            try {
                entries.add(entry.apply(JSON.treeToValue(node(at), MAP)));
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(yaml.at(at).problem(ConfigDocument.describe(at) + ": " + e.getMessage()));
            }
        }
        return entries;
    }

    Optional<Boolean> bool(List<Object> path) {
        JsonNode n = node(path);
        return n.isBoolean() ? Optional.of(n.asBoolean()) : Optional.empty();
    }

    /** A {@code label-schema} mapping, label → type (the schema has checked the types); empty when not set. */
    Optional<Map<String, LabelSchema.Type>> labelSchema(List<Object> path) {
        if (!node(path).isObject()) {
            return Optional.empty();
        }
        Map<String, LabelSchema.Type> labels = new LinkedHashMap<>();
        node(path).properties().forEach(e -> labels.put(e.getKey(), LabelSchema.Type.of(e.getValue().asString())
                .orElseThrow()));
        return Optional.of(labels);
    }

    Optional<FailureThreshold> threshold(List<Object> path) {
        return string(path).flatMap(FailureThreshold::parse);
    }
}
