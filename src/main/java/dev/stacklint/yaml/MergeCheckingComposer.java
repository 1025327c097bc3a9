package dev.stacklint.yaml;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SnakeYAML's composer, which flattens merge keys itself, with one check first: a merge key ({@code <<}) must be
 * given a mapping or a list of mappings. SnakeYAML's own error for this points at the end of the mapping; this one
 * points at the {@code <<} key.
 */
final class MergeCheckingComposer extends Composer {
    private Node lastKey;
    private final Set<MappingNode> withMergeKey = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<ScalarNode> repeatedMergeKeys = new ArrayList<>();

    MergeCheckingComposer(LoadSettings settings, Parser parser) {
        super(settings, parser);
    }

    @Override
    protected Node composeKeyNode(MappingNode node) {
        lastKey = super.composeKeyNode(node);
        if (lastKey instanceof ScalarNode k && k.getTag().equals(Tag.MERGE) && !withMergeKey.add(node)) {
            repeatedMergeKeys.add(k); // SnakeYAML merges both; Compose refuses a repeated key, `<<` included
        }
        return lastKey;
    }

    /** The second and later {@code <<} keys of a mapping since the last call, in document order. */
    List<ScalarNode> takeRepeatedMergeKeys() {
        List<ScalarNode> taken = List.copyOf(repeatedMergeKeys);
        repeatedMergeKeys.clear();
        withMergeKey.clear();
        return taken;
    }

    @Override
    protected Node composeValueNode(MappingNode node) {
        Node key = lastKey;
        Node value = super.composeValueNode(node);
        if (key instanceof ScalarNode k && k.getTag().equals(Tag.MERGE) && !mergeable(value)) {
            throw new BadMergeKey(k);
        }
        return value;
    }

    private static boolean mergeable(Node value) {
        return value instanceof MappingNode
                || (value instanceof SequenceNode s && s.getValue().stream().allMatch(MappingNode.class::isInstance));
    }

    static final class BadMergeKey extends MarkedYamlEngineException {
        BadMergeKey(ScalarNode key) {
            super("", Optional.empty(), "a merge key `<<` takes a mapping or a list of mappings", key.getStartMark());
        }
    }
}
