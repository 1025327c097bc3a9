package dev.stacklint.config;

import dev.stacklint.compose.schema.ErrorPaths;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small YAML configuration file read into a JSON tree (for schema validation) that remembers where each
 * value and each key was written, so that every problem can be named as {@code file:line:column}.
 * A path is a list of keys (String) and indexes (Integer) from the root.
 */
final class PositionedYaml {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_NODES = 100_000;

    private final String name;
    private final Map<List<Object>, Mark> values = new HashMap<>();
    private final Map<List<Object>, Mark> keys = new HashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> problems = new ArrayList<>();
    private int nodes;
    private JsonNode root;

    private PositionedYaml(String name) {
        this.name = name;
    }

    /** Parses {@code text}; {@code name} is how messages name the file. An empty file is an empty mapping. */
    static PositionedYaml parse(String name, String text) {
        PositionedYaml yaml = new PositionedYaml(name);
        Optional<Node> node;
        try {
            node = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Location where = e.getProblemMark().or(e::getContextMark).map(yaml::where).orElse(new Location(name, 0, 0));
            throw new ConfigException(where.problem(e.getProblem() == null ? "not valid YAML" : e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ConfigException(name + ": not valid YAML: " + e.getMessage());
        }
        yaml.root = node.map(n -> yaml.convert(n, List.of())).orElseGet(JSON::objectNode);
        if (!yaml.problems.isEmpty()) {
            throw new ConfigException(yaml.problems);
        }
        return yaml;
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at {@code path} (or its nearest enclosing value) was written. */
    Location at(List<Object> path) {
        for (int n = path.size(); n >= 0; n--) {
            Mark m = values.get(path.subList(0, n));
            if (m != null) {
                return where(m);
            }
        }
        return new Location(name, 0, 0);
    }

    /** Where the key that ends {@code path} was written, else its value. */
    Location keyAt(List<Object> path) {
        Mark m = keys.get(path);
        return m != null ? where(m) : at(path);
    }

    /** {@code services[0].image}-style, for messages. */
    static String describe(List<Object> path) {
        return path.isEmpty() ? "the top level" : ErrorPaths.dotted(path);
    }

    private Location where(Mark m) {
        return new Location(name, m.getLine() + 1, m.getColumn() + 1);
    }

    private JsonNode convert(Node node, List<Object> path) {
        node.getStartMark().ifPresent(m -> values.put(path, m));
        if (++nodes > MAX_NODES) {
            throw new ConfigException(at(path).problem("the file is too large for a configuration (aliases expanding?)"));
        }
        if (!open.add(node)) {
            problems.add(at(path).problem("an alias refers to a value that contains it"));
            return JSON.nullNode();
        }
        try {
            return switch (node) {
                case ScalarNode s -> scalar(s);
                case SequenceNode seq -> {
                    ArrayNode array = JSON.arrayNode();
                    for (Node item : seq.getValue()) {
                        array.add(convert(item, append(path, array.size())));
                    }
                    yield array;
                }
                case MappingNode map -> {
                    ObjectNode object = JSON.objectNode();
                    for (NodeTuple t : map.getValue()) {
                        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "<complex key>";
                        List<Object> child = append(path, key);
                        if (object.has(key)) {
                            t.getKeyNode().getStartMark().ifPresent(m ->
                                    problems.add(where(m).problem("'" + key + "' is given twice")));
                            continue;
                        }
                        t.getKeyNode().getStartMark().ifPresent(m -> keys.put(child, m));
                        object.set(key, convert(t.getValueNode(), child));
                    }
                    yield object;
                }
                default -> JSON.nullNode();
            };
        } finally {
            open.remove(node);
        }
    }

    private static JsonNode scalar(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        try {
            if (tag.equals(Tag.NULL)) {
                return JSON.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return JSON.booleanNode(Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)));
            }
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(new BigInteger(v));
            }
            if (tag.equals(Tag.FLOAT)) {
                return JSON.numberNode(Double.parseDouble(v));
            }
        } catch (NumberFormatException e) {
            return JSON.stringNode(v); // e.g. 0x1F or .inf: kept as written
        }
        return JSON.stringNode(v);
    }

    /** {@code path} one step deeper. */
    static List<Object> append(List<Object> path, Object element) {
        List<Object> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(element);
        return List.copyOf(p);
    }
}
