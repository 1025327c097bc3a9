package dev.stacklint.schema;

import dev.stacklint.yaml.MergeTag;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Converts YAML nodes to Jackson trees for schema validation, and finds the YAML node behind a validator's
 * instance path again. {@code !reset} values are left out: they only remove what earlier files set.
 */
public final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    public static JsonNode of(YamlNode node) {
        return switch (node) {
            case YamlScalar s -> scalar(s);
            case YamlSequence s -> {
                ArrayNode array = NODES.arrayNode();
                s.items().forEach(i -> array.add(of(i)));
                yield array;
            }
            case YamlMapping m -> {
                ObjectNode object = NODES.objectNode();
                for (YamlEntry e : m.entries()) {
                    if (e.value().mergeTag() != MergeTag.RESET) {
                        object.set(e.name(), of(e.value()));
                    }
                }
                yield object;
            }
        };
    }

    private static JsonNode scalar(YamlScalar s) {
        String v = s.value();
        try {
            return switch (s.kind()) {
                case STRING -> NODES.stringNode(v);
                case NULL -> NODES.nullNode();
                case BOOL -> NODES.booleanNode(Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT)));
                case INT -> NODES.numberNode(integer(v));
                case FLOAT -> NODES.numberNode(new BigDecimal(v.replace("_", "")));
            };
        } catch (NumberFormatException e) {
            return NODES.stringNode(v); // .inf, .nan, 0o17 and friends: a string is close enough for validation
        }
    }

    private static BigInteger integer(String v) {
        String t = v.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        BigInteger n = t.startsWith("0x") ? new BigInteger(t.substring(2), 16)
                : t.startsWith("0o") ? new BigInteger(t.substring(2), 8) : new BigInteger(t);
        return negative ? n.negate() : n;
    }

    /** The YAML node at a path of keys and indexes, as the validator reports it; the entry too when it is a mapping value. */
    public static Optional<Located> find(YamlNode root, List<Object> path) {
        YamlNode node = root;
        YamlEntry entry = null;
        for (Object step : path) {
            if (node instanceof YamlMapping m && m.entry(String.valueOf(step)).isPresent()) {
                entry = m.entry(String.valueOf(step)).get();
                node = entry.value();
            } else if (node instanceof YamlSequence s && step instanceof Integer i && i >= 0 && i < s.items().size()) {
                entry = null;
                node = s.items().get(i);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Located(node, Optional.ofNullable(entry)));
    }

    /** A node found by path and, if it is a mapping value, its entry (whose key is a better place to point at). */
    public record Located(YamlNode node, Optional<YamlEntry> entry) {
    }
}
