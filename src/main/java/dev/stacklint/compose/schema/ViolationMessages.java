package dev.stacklint.compose.schema;

import com.networknt.schema.Error;
import dev.stacklint.compose.yaml.LoadProblem.Replacement;
import dev.stacklint.schema.ErrorPaths;
import dev.stacklint.schema.JsonTree;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;
import dev.stacklint.source.Suggestions;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Turns a validator error into a sentence and a YAML position; never a raw JSON-pointer dump. */
final class ViolationMessages {
    private static final Set<String> NAMED_MAPS = Set.of("services", "networks", "volumes", "secrets", "configs", "models");

    private final JsonNode schema;
    private final List<String> topLevelKeys;
    private final List<String> serviceKeys;
    /**
     * Memos: each Compose file of a big batch tends to make the same mistakes against the same schema nodes; the
     * key names of a schema node and the "did you mean" for a key are worked out once (the schema never changes).
     * Bounded, so that a batch of many different misspellings holds no more than a few thousand.
     */
    private final Map<Identity, List<String>> namesOf = new ConcurrentHashMap<>();
    private final Map<Misspelling, Guess> guesses = new ConcurrentHashMap<>();
    private static final int MAX_GUESSES = 4096;

    /** A schema node compared by identity: its own equals walks the whole tree. */
    private record Identity(JsonNode node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /** A key and the (memoized, so compared by identity) key names it is not among. */
    private record Misspelling(String key, List<String> known) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Misspelling m && m.known == known && m.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + System.identityHashCode(known);
        }
    }

    private record Guess(Optional<String> closest, Optional<String> unique) {
    }

    ViolationMessages(JsonNode schema) {
        this.schema = schema;
        this.topLevelKeys = propertyNames(schema);
        this.serviceKeys = propertyNames(schema.at("/$defs/service"));
    }

    Violation describe(Error e, YamlNode document) {
        List<Object> path = ErrorPaths.elements(e.getInstanceLocation());
        Optional<JsonTree.Located> found = JsonTree.find(document, path);
        YamlNode node = found.map(JsonTree.Located::node).orElse(document);
        JsonNode rule = ErrorPaths.schemaParent(schema, e);
        String where = display(path);
        return switch (e.getKeyword()) {
            case "additionalProperties" -> unknownKey(path, node, e.getProperty(),
                    namesOf.computeIfAbsent(new Identity(rule), r -> List.copyOf(propertyNames(r.node()))));
            case "required" -> new Violation(anchor(found, node), where + " needs the key `" + e.getProperty() + "`");
            case "type" -> new Violation(anchor(found, node), where + " must be " + expected(rule, e) + ", not "
                    + node.describe());
            case "pattern" -> new Violation(anchor(found, node), where + " must be "
                    + text(rule, "x-expected").orElse("in the documented format"));
            case "enum" -> new Violation(anchor(found, node), where + " must be one of " + enumValues(e.getSchemaNode())
                    + suggestion(node, enumList(e.getSchemaNode())));
            case "uniqueItems" -> new Violation(anchor(found, node), where + " lists the same entry more than once");
            default -> new Violation(anchor(found, node), where + ": " + e.getMessage());
        };
    }

    private Violation unknownKey(List<Object> path, YamlNode node, String key, List<String> known) {
        Origin at = node instanceof YamlMapping m ? m.entry(key).map(x -> x.key().origin()).orElse(node.origin())
                : node.origin();
        boolean namedMap = (path.size() == 1 && NAMED_MAPS.contains(path.get(0)))
                || (path.size() == 3 && path.get(0).equals("services")
                && (path.get(2).equals("depends_on") || path.get(2).equals("networks")));
        if (namedMap) {
            String kind = path.size() == 1 ? singular(String.valueOf(path.get(0))) : path.get(2).equals("networks")
                    ? "network" : "service";
            return new Violation(at, "`" + key + "` is not a valid " + kind
                    + " name: use only letters, digits, `.`, `_` and `-`");
        }
        Guess guess = guess(key, known);
        Optional<String> closest = guess.closest();
        String message = "`" + key + "` is not " + keyKind(path);
        if (closest.isPresent()) {
            message += " — did you mean `" + closest.get() + "`?";
            boolean serviceOrTop = path.isEmpty() || (path.size() == 2 && path.get(0).equals("services"));
            if (serviceOrTop && node instanceof YamlMapping m) {
                return new Violation(at, message, guess.unique().filter(k -> m.entry(k).isEmpty())
                        .flatMap(k -> m.entry(key).flatMap(e -> rename(e.key(), k))));
            }
        } else if (path.isEmpty() && serviceKeys.contains(key)) {
            message += "; it belongs inside a service, under `services.<name>`";
        } else if (path.size() == 2 && path.get(0).equals("services") && topLevelKeys.contains(key)) {
            message += "; it belongs at the top level of the file";
        }
        return new Violation(at, message);
    }

    /** Replaces a key as written, plain or quoted, by {@code to}. */
    private static Optional<Replacement> rename(YamlScalar key, String to) {
        Span span = key.origin().span();
        String written = key.origin().file().slice(span);
        if (written.equals(key.text())) {
            return Optional.of(new Replacement("rename `" + key.text() + "` to `" + to + "`", span, to));
        }
        char q = written.isEmpty() ? ' ' : written.charAt(0);
        if ((q == '"' || q == '\'') && written.equals(q + key.text() + q)) {
            return Optional.of(new Replacement("rename `" + key.text() + "` to `" + to + "`",
                    new Span(span.start() + 1, span.end() - 1), to));
        }
        return Optional.empty();
    }

    private static String keyKind(List<Object> path) {
        if (path.isEmpty()) {
            return "a Compose top-level key";
        }
        if (path.size() == 2 && path.get(0).equals("services")) {
            return "a Compose service key";
        }
        if (path.size() == 2 && NAMED_MAPS.contains(path.get(0))) {
            return "a " + singular(String.valueOf(path.get(0))) + " key";
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer) {
            return "a key of a `" + lastName(path) + "` entry";
        }
        return "a `" + last + "` key";
    }

    /** Where to point: a mapping value's key, a scalar itself, or the first line of a list item. */
    private static Origin anchor(Optional<JsonTree.Located> found, YamlNode node) {
        if (node instanceof YamlScalar) {
            return node.origin();
        }
        Optional<YamlEntry> entry = found.flatMap(JsonTree.Located::entry);
        if (entry.isPresent()) {
            return entry.get().key().origin();
        }
        Origin o = node.origin();
        String text = o.file().text();
        int end = o.span().start();
        while (end < o.span().end() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new Origin(o.file(), new Span(o.span().start(), end));
    }

    private String expected(JsonNode rule, Error e) {
        Optional<String> phrase = text(rule, "x-expected");
        if (phrase.isPresent()) {
            return phrase.get();
        }
        JsonNode types = e.getSchemaNode();
        List<String> names = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(t -> names.add(typeName(t.asString())));
        } else {
            names.add(typeName(types.asString()));
        }
        names.remove("null");
        if (names.size() <= 1) {
            return names.isEmpty() ? "null" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> "a " + type;
        };
    }

    private static String suggestion(YamlNode node, List<String> values) {
        if (node instanceof YamlScalar s) {
            return Suggestions.closest(s.text(), values).map(v -> " — did you mean `" + v + "`?").orElse("");
        }
        return "";
    }

    private static List<String> enumList(JsonNode values) {
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asString()));
        return list;
    }

    private static String enumValues(JsonNode values) {
        return enumList(values).stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? Optional.of(v.asString()) : Optional.empty();
    }

    private Guess guess(String key, List<String> known) {
        Misspelling m = new Misspelling(key, known);
        Guess g = guesses.get(m);
        if (g == null) {
            g = new Guess(Suggestions.closest(key, known), Suggestions.unique(key, known));
            if (guesses.size() < MAX_GUESSES) {
                guesses.put(m, g);
            }
        }
        return g;
    }

    private static List<String> propertyNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        JsonNode props = node.get("properties");
        if (props != null) {
            props.propertyNames().forEach(names::add);
        }
        return names;
    }

    /** {@code services.web.ports[0]} shown as {@code ports[0]} (the finding's position names the service). */
    static String display(List<Object> path) {
        if (path.isEmpty()) {
            return "the file";
        }
        if (path.size() == 2 && NAMED_MAPS.contains(path.get(0))) {
            return singular(String.valueOf(path.get(0))) + " `" + path.get(1) + "`";
        }
        int from = path.size() > 2 && path.get(0).equals("services") ? 2 : 0;
        return "`" + ErrorPaths.dotted(path.subList(from, path.size())) + "`";
    }

    private static String lastName(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (!(path.get(i) instanceof Integer)) {
                return String.valueOf(path.get(i));
            }
        }
        return "";
    }

    private static String singular(String section) {
        return section.endsWith("s") ? section.substring(0, section.length() - 1) : section;
    }
}
