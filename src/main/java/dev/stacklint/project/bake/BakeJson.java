package dev.stacklint.project.bake;

import dev.stacklint.source.SourceFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the targets of a {@code docker-bake.json}: {@code {"target": {"name": {"context": ..., ...}}}}. */
final class BakeJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BakeJson() {
    }

    static BakeFile read(SourceFile source) {
        JsonNode root;
        try {
            root = JSON.readTree(source.text());
        } catch (JacksonException | IllegalArgumentException e) {
            return BakeFile.of(source, List.of(), false);
        }
        JsonNode targets = root == null ? null : root.get("target");
        if (targets == null || !targets.isObject()) {
            return BakeFile.of(source, List.of(), root != null && root.isObject());
        }
        List<BakeTarget> found = new ArrayList<>();
        boolean complete = true;
        for (Map.Entry<String, JsonNode> e : targets.properties()) {
            JsonNode t = e.getValue();
            if (!t.isObject()) {
                complete = false;
                continue;
            }
            List<String> inherits = new ArrayList<>();
            JsonNode parents = t.get("inherits");
            if (parents != null && parents.isArray()) {
                parents.forEach(p -> inherits.add(p.asString()));
            }
            BakeTarget target = new BakeTarget(e.getKey(), string(t.get("context")), string(t.get("dockerfile")),
                    string(t.get("target")), names(t.get("contexts")), inherits);
            complete &= !(target.context().isUnknown() || target.dockerfile().isUnknown() || target.stage().isUnknown()
                    || target.contexts().isUnknown());
            found.add(target);
        }
        return BakeFile.of(source, found, complete);
    }

    /** A string attribute; one that bake would interpolate ({@code ${...}}) is not known here. */
    private static BakeTarget.Value<String> string(JsonNode node) {
        if (node == null || node.isNull()) {
            return BakeTarget.Value.absent();
        }
        if (!node.isString() || node.asString().replace("$${", "").contains("${")) {
            return BakeTarget.Value.unknown();
        }
        return BakeTarget.Value.of(node.asString());
    }

    private static BakeTarget.Value<Set<String>> names(JsonNode node) {
        if (node == null || node.isNull()) {
            return BakeTarget.Value.absent();
        }
        if (!node.isObject()) {
            return BakeTarget.Value.unknown();
        }
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return BakeTarget.Value.of(names);
    }
}
