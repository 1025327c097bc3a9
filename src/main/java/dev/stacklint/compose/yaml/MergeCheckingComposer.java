package dev.stacklint.compose.yaml;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.Optional;

/**
 * SnakeYAML's composer, which flattens merge keys itself, with one check first: a merge key ({@code <<}) must be
 * given a mapping or a list of mappings. SnakeYAML's own error for this points at the end of the mapping; this one
 * points at the {@code <<} key.
 */
final class MergeCheckingComposer extends Composer {
    private Node lastKey;

    MergeCheckingComposer(LoadSettings settings, Parser parser) {
        super(settings, parser);
    }

    @Override
    protected Node composeKeyNode(MappingNode node) {
        lastKey = super.composeKeyNode(node);
        return lastKey;
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
