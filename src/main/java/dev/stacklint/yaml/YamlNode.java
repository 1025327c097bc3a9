package dev.stacklint.yaml;

import dev.stacklint.source.Origin;

/**
 * A YAML value as the Compose loader sees it: merge keys resolved, aliases expanded, every node
 * carrying the file and span it was written at. Trees are immutable; transformations build new nodes
 * that keep the original origins.
 */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

    Origin origin();

    /** The Compose merge tag on this node ({@code !reset}, {@code !override}), if any. */
    MergeTag mergeTag();

    /** A short word for messages: "a mapping", "a list", "a string"... */
    String describe();

    default boolean isNull() {
        return this instanceof YamlScalar s && s.kind() == ScalarKind.NULL;
    }
}
