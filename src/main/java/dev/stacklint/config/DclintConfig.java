package dev.stacklint.config;

import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rules.data.StyleOptions;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static dev.stacklint.config.ConfigDocument.append;

/**
 * What stacklint takes from a dclint configuration ({@code .dclintrc}, JSON or YAML): {@code rules} levels
 * ({@code 0}/{@code off}, {@code 1}/{@code warn}, {@code 2}/{@code error}, or {@code [level, {options}]}) for the
 * stacklint rules that carry dclint's names, their options, and {@code exclude} (paths, read as globs relative to
 * the file's folder). dclint runs every rule its configuration does not turn off, and so does stacklint where a
 * {@code .dclintrc} applies: its rules are on unless set to {@code 0} or a selection leaves them out. Keys, rules
 * and options stacklint does not know are skipped with a warning.
 *
 * @param rules    the stacklint rules dclint's configuration speaks of (dclint's rules)
 * @param levels   the levels the file sets
 * @param options  the rules' options it sets
 * @param warnings what was skipped, {@code file:line:column: warning: ...}
 */
public record DclintConfig(Path file, Set<RuleMeta> rules, Map<RuleMeta, Level> levels, Options options,
                           List<Glob> exclude, List<String> warnings) {
    private static final SchemaCheck SCHEMA = SchemaCheck.load("dclint-config-schema.json");
    /** dclint's rules, each the name or an alias of a stacklint rule. */
    static final List<String> RULES = List.of("no-build-and-image", "no-duplicate-container-names",
            "no-duplicate-exported-ports", "no-quotes-in-volumes", "no-unbound-port-interfaces", "no-version-field",
            "require-project-name-field", "require-quotes-in-ports", "service-container-name-regex",
            "service-dependencies-alphabetical-order", "service-image-require-explicit-tag", "service-keys-order",
            "service-ports-alphabetical-order", "services-alphabetical-order", "top-level-properties-order");
    private static final Set<String> KEYS = Set.of("$schema", "rules", "quiet", "debug", "exclude");
    /** dclint's names for the groups of {@link StyleOptions#SERVICE_KEY_ORDER}, then its empty "Other" group. */
    private static final List<String> GROUPS = List.of("Core Definitions", "Service Dependencies",
            "Data Management and Configuration", "Environment Configuration", "Networking", "Runtime Behavior",
            "Operational Metadata", "Security and Execution Context", "Other");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "service-image-require-explicit-tag", Set.of("prohibitedTags"),
            "no-build-and-image", Set.of("checkPullPolicy"),
            "require-quotes-in-ports", Set.of("quoteType"),
            "service-keys-order", Set.of("groups", "groupOrder"),
            "top-level-properties-order", Set.of("customOrder"),
            "service-container-name-regex", Set.of("pattern"));

    /** The rule options a dclint configuration sets; each empty when not set. */
    public record Options(Optional<List<String>> prohibitedTags, Optional<Boolean> checkPullPolicy,
                          Optional<Character> portQuote, Optional<List<List<String>>> serviceKeyOrder,
                          Optional<List<String>> topLevelOrder, Optional<Pattern> containerName) {
        static final Options NONE = new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        /** {@code base} with the options set here. */
        public StyleOptions over(StyleOptions base) {
            return new StyleOptions(containerName.orElse(base.containerName()),
                    checkPullPolicy.orElse(base.checkPullPolicy()), portQuote.or(base::portQuote),
                    topLevelOrder.orElse(base.topLevelOrder()), serviceKeyOrder.orElse(base.serviceKeyOrder()));
        }
    }

    public Path folder() {
        return file.getParent();
    }

    /** True when a rule the file does not turn off runs here as in dclint: every dclint rule is on there. */
    public boolean enables(RuleMeta rule) {
        return rules.contains(rule) && levels.get(rule) != Level.OFF;
    }

    public static DclintConfig read(Path file, String name) {
        if (javaScript(file)) {
            return new DclintConfig(file.toAbsolutePath().normalize(), dclintRules(), Map.of(), Options.NONE,
                    List.of(), List.of(name + ": warning: a JavaScript dclint configuration, which stacklint cannot "
                            + "read; dclint's rules run with their defaults"));
        }
        ConfigReader r = ConfigReader.open(file, name, SCHEMA);
        r.node(List.of()).propertyNames().forEach(k -> {
            if (!KEYS.contains(k)) {
                r.warnAtKey(List.of(k), "'" + k + "' is a key stacklint does not read from a dclint configuration; "
                        + "skipped");
            }
        });
        Map<RuleMeta, Level> levels = new LinkedHashMap<>();
        OptionReader options = new OptionReader(r);
        r.node(List.of("rules")).properties().forEach(e -> {
            List<Object> at = List.of("rules", e.getKey());
            Optional<RuleMeta> rule = RULES.contains(e.getKey()) ? RuleRefs.find(e.getKey()) : Optional.empty();
            if (rule.isEmpty()) {
                r.warnAtKey(at, "'" + e.getKey() + "' is not a dclint rule stacklint has; skipped"
                        + DidYouMean.of(e.getKey(), RULES));
                return;
            }
            JsonNode setting = e.getValue();
            JsonNode level = setting.isArray() ? setting.path(0) : setting;
            List<Object> levelAt = setting.isArray() ? append(at, 0) : at;
            if (setting.isArray() && (setting.size() < 1 || setting.size() > 2)) {
                r.problemAt(at, "expected [level] or [level, {options}]");
                return;
            }
            level(level).ifPresentOrElse(l -> levels.put(rule.get(), l),
                    () -> r.problemAt(levelAt, "expected a dclint level: 0 (off), 1 (warn) or 2 (error)"));
            if (setting.size() == 2) {
                options.read(e.getKey(), append(at, 1));
            }
        });
        List<Glob> exclude = r.globs(List.of("exclude"));
        r.done();
        return new DclintConfig(file.toAbsolutePath().normalize(), dclintRules(), Map.copyOf(levels),
                options.options(), List.copyOf(exclude), r.warnings());
    }

    /** The stacklint rules that make dclint's checks (a bare {@code # dclint disable} silences them all). */
    public static Set<RuleMeta> dclintRules() {
        Set<RuleMeta> rules = new LinkedHashSet<>();
        RULES.forEach(n -> RuleRefs.find(n).ifPresent(rules::add));
        return Set.copyOf(rules);
    }

    /** dclint reads {@code .dclintrc} as JSON, YAML or JavaScript; a JavaScript one is not configuration data. */
    private static boolean javaScript(Path file) {
        try {
            String text = Files.readString(file).strip();
            return text.startsWith("module.exports") || text.startsWith("export ") || text.startsWith("//")
                    || text.startsWith("/*") || text.startsWith("const ") || text.startsWith("'use strict'");
        } catch (IOException e) {
            return false; // ConfigReader reports what cannot be read
        }
    }

    private static Optional<Level> level(JsonNode n) {
        String text = n.isNumber() || n.isString() ? n.asString().trim().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "0", "off" -> Optional.of(Level.OFF);
            case "1", "warn", "warning" -> Optional.of(Level.WARNING);
            case "2", "error" -> Optional.of(Level.ERROR);
            default -> Optional.empty();
        };
    }

    /** Reads the options of each rule into one {@link Options}; wrong values are problems, unknown ones warnings. */
    private static final class OptionReader {
        private final ConfigReader r;
        private Options options = Options.NONE;

        OptionReader(ConfigReader r) {
            this.r = r;
        }

        Options options() {
            return options;
        }

        void read(String rule, List<Object> at) {
            JsonNode node = r.node(at);
            if (!node.isObject()) {
                r.problemAt(at, "expected the rule's options, a mapping");
                return;
            }
            Set<String> known = OPTIONS.getOrDefault(rule, Set.of());
            node.propertyNames().forEach(k -> {
                if (!known.contains(k)) {
                    r.warnAtKey(append(at, k), "'" + k + "' is not an option of " + rule + " that stacklint reads; "
                            + "skipped");
                }
            });
            Options o = options;
            switch (rule) {
                case "service-image-require-explicit-tag" -> strings(append(at, "prohibitedTags"))
                        .ifPresent(t -> options = new Options(Optional.of(t), o.checkPullPolicy(), o.portQuote(),
                                o.serviceKeyOrder(), o.topLevelOrder(), o.containerName()));
                case "no-build-and-image" -> bool(append(at, "checkPullPolicy"))
                        .ifPresent(b -> options = new Options(o.prohibitedTags(), Optional.of(b), o.portQuote(),
                                o.serviceKeyOrder(), o.topLevelOrder(), o.containerName()));
                case "require-quotes-in-ports" -> quote(append(at, "quoteType"))
                        .ifPresent(q -> options = new Options(o.prohibitedTags(), o.checkPullPolicy(), Optional.of(q),
                                o.serviceKeyOrder(), o.topLevelOrder(), o.containerName()));
                case "service-keys-order" -> keyOrder(at)
                        .ifPresent(g -> options = new Options(o.prohibitedTags(), o.checkPullPolicy(), o.portQuote(),
                                Optional.of(g), o.topLevelOrder(), o.containerName()));
                case "top-level-properties-order" -> strings(append(at, "customOrder"))
                        .ifPresent(c -> options = new Options(o.prohibitedTags(), o.checkPullPolicy(), o.portQuote(),
                                o.serviceKeyOrder(), Optional.of(c), o.containerName()));
                case "service-container-name-regex" -> pattern(append(at, "pattern"))
                        .ifPresent(p -> options = new Options(o.prohibitedTags(), o.checkPullPolicy(), o.portQuote(),
                                o.serviceKeyOrder(), o.topLevelOrder(), Optional.of(p)));
                default -> {
                    // the rule has no options; any key was warned about above
                }
            }
        }

        private Optional<List<String>> strings(List<Object> at) {
            JsonNode n = r.node(at);
            if (n.isMissingNode()) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            if (n.isArray()) {
                n.forEach(v -> {
                    if (v.isString()) {
                        values.add(v.asString());
                    }
                });
            }
            if (!n.isArray() || values.size() != n.size()) {
                r.problemAt(at, "expected a list of strings");
                return Optional.empty();
            }
            return Optional.of(List.copyOf(values));
        }

        private Optional<Boolean> bool(List<Object> at) {
            JsonNode n = r.node(at);
            if (!n.isMissingNode() && !n.isBoolean()) {
                r.problemAt(at, "expected true or false");
            }
            return n.isBoolean() ? Optional.of(n.asBoolean()) : Optional.empty();
        }

        private Optional<Character> quote(List<Object> at) {
            JsonNode n = r.node(at);
            if (n.isMissingNode()) {
                return Optional.empty();
            }
            return switch (n.isString() ? n.asString() : "") {
                case "single" -> Optional.of('\'');
                case "double" -> Optional.of('"');
                default -> {
                    r.problemAt(at, "expected single or double");
                    yield Optional.empty();
                }
            };
        }

        private Optional<Pattern> pattern(List<Object> at) {
            JsonNode n = r.node(at);
            if (n.isMissingNode()) {
                return Optional.empty();
            }
            if (!n.isString()) {
                r.problemAt(at, "expected a regular expression, a string");
                return Optional.empty();
            }
            try {
                return Optional.of(Pattern.compile(n.asString()));
            } catch (PatternSyntaxException e) {
                r.problemAt(at, "not a valid regular expression: " + e.getDescription());
                return Optional.empty();
            }
        }

        /** dclint's {@code groups} (merged over its defaults, by name) in its {@code groupOrder}. */
        private Optional<List<List<String>>> keyOrder(List<Object> at) {
            List<Object> groupsAt = append(at, "groups");
            List<Object> orderAt = append(at, "groupOrder");
            if (r.node(groupsAt).isMissingNode() && r.node(orderAt).isMissingNode()) {
                return Optional.empty();
            }
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (int i = 0; i < GROUPS.size(); i++) {
                groups.put(GROUPS.get(i), i < StyleOptions.SERVICE_KEY_ORDER.size()
                        ? StyleOptions.SERVICE_KEY_ORDER.get(i) : List.of());
            }
            JsonNode given = r.node(groupsAt);
            if (!given.isMissingNode() && !given.isObject()) {
                r.problemAt(groupsAt, "expected a mapping of group names to lists of keys");
            }
            given.propertyNames().forEach(g -> strings(append(groupsAt, g)).ifPresent(keys -> groups.put(g, keys)));
            List<String> order = r.node(orderAt).isMissingNode() ? GROUPS : strings(orderAt).orElse(GROUPS);
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                List<String> keys = groups.get(order.get(i));
                if (keys == null) {
                    r.problemAt(append(orderAt, i), "unknown group '" + order.get(i) + "'"
                            + DidYouMean.of(order.get(i), List.copyOf(groups.keySet())));
                } else {
                    out.add(keys);
                }
            }
            return Optional.of(List.copyOf(out));
        }
    }
}
