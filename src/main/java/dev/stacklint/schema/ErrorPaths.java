package dev.stacklint.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The paths in a validator error: instance and schema locations as keys (String) and indexes (Integer), dotted for messages. */
public final class ErrorPaths {
    private ErrorPaths() {
    }

    public static List<Object> elements(NodePath path) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            list.add(path.getElement(i));
        }
        return list;
    }

    /** {@code services[0].image}-style; empty for an empty path. */
    public static String dotted(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(step);
            }
        }
        return sb.toString();
    }

    /** The object in {@code schema} that holds the keyword {@code e} failed (for its phrases and its properties). */
    public static JsonNode schemaParent(JsonNode schema, Error e) {
        List<Object> at = elements(e.getSchemaLocation().getFragment());
        JsonNode node = schema;
        for (Object step : at.subList(0, Math.max(0, at.size() - 1))) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
        }
        return node;
    }
}
