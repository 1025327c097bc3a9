package dev.stacklint.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.stacklint.schema.ErrorPaths;
import dev.stacklint.schema.JsonSchemas;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Validates a configuration tree against one of our JSON Schemas and words each error with its position. */
final class SchemaCheck {
    private final Schema schema;
    private final JsonNode schemaRoot;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
        this.schemaRoot = schema.getSchemaNode();
    }

    /** Loads a schema shipped under {@code /stacklint/}. */
    static SchemaCheck load(String resource) {
        return new SchemaCheck(JsonSchemas.load("/stacklint/" + resource));
    }

    /** Every schema error, as {@code file:line:column: where: what}, in document order. */
    List<String> problems(ConfigDocument yaml) {
        Map<Location, Set<String>> problems = new TreeMap<>();
        for (Error e : schema.validate(yaml.root())) {
            List<Object> path = ErrorPaths.elements(e.getInstanceLocation());
            if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                Location key = yaml.keyAt(ConfigDocument.append(path, e.getProperty()));
                problems.computeIfAbsent(key, k -> new LinkedHashSet<>()).add("unknown key '"
                        + e.getProperty() + "' in " + ConfigDocument.describe(path)
                        + DidYouMean.of(e.getProperty(), knownKeys(e)));
            } else {
                problems.computeIfAbsent(yaml.at(path), k -> new LinkedHashSet<>())
                        .add(ConfigDocument.describe(path) + ": " + wording(e, ErrorPaths.schemaParent(schemaRoot, e)));
            }
        }
        List<String> lines = new ArrayList<>();
        problems.forEach((at, messages) -> messages.forEach(m -> lines.add(at.problem(m))));
        return lines;
    }

    private static String wording(Error e, JsonNode schema) {
        Object[] args = e.getArguments();
        return switch (e.getKeyword()) {
            case "pattern" -> schema.has("description") ? "expected " + schema.get("description").asString() : e.getMessage();
            case "type" -> "expected " + article(String.valueOf(args[1])) + ", found " + article(String.valueOf(args[0]));
            case "enum" -> "must be one of " + e.getSchemaNode().toString().replace("\"", "").replace(",", ", ")
                    + misspelt(e);
            case "required" -> "missing the key '" + args[0] + "'";
            case "minItems" -> "must not be empty";
            case "minLength" -> "must not be an empty string";
            default -> e.getMessage();
        };
    }

    /** The did-you-mean tail for a string that is not one of the allowed words ({@code emial} for {@code email}). */
    private static String misspelt(Error e) {
        JsonNode value = e.getInstanceNode();
        if (value == null || !value.isString()) {
            return "";
        }
        List<String> allowed = new ArrayList<>();
        e.getSchemaNode().forEach(n -> allowed.add(n.asString()));
        return DidYouMean.of(value.asString(), allowed);
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "integer" -> "an integer";
            case "null" -> "nothing";
            default -> "a " + jsonType;
        };
    }

    /** The keys the schema allows where an unknown one was found: the {@code properties} beside {@code additionalProperties}. */
    private List<String> knownKeys(Error e) {
        List<String> keys = new ArrayList<>();
        ErrorPaths.schemaParent(schemaRoot, e).path("properties").propertyNames().forEach(keys::add);
        return keys;
    }

}
