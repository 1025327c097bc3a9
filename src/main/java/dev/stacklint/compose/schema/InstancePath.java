package dev.stacklint.compose.schema;

import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.List;

/** A validator's instance or schema path as a list of keys (String) and indexes (Integer), and its dotted form. */
public final class InstancePath {
    private InstancePath() {
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
}
