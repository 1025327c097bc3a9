package dev.stacklint.yaml;

import dev.stacklint.source.Limits;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one composed SnakeYAML document into {@link YamlNode}s: reports duplicate keys, expands aliases within a
 * node budget and refuses cycles.
 */
final class NodeConverter {
    private final SourceFile file;
    private final MarkOffsets offsets;
    private final ScalarResolver resolver;
    private final YamlProblems problems;
    private final Limits limits;
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;
    /** The top-level key being read: where a limit is reported, since aliases keep no position of their use. */
    private YamlScalar topLevelKey;

    NodeConverter(SourceFile file, MarkOffsets offsets, ScalarResolver resolver, YamlProblems problems, Limits limits) {
        this.limits = limits;
        this.file = file;
        this.offsets = offsets;
        this.resolver = resolver;
        this.problems = problems;
    }

    YamlNode document(Node root) {
        return convert(root);
    }

    private YamlNode convert(Node node) {
        if (++nodes > limits.yamlNodes()) {
            throw new TooManyNodes(limitAt(node), limits.yamlNodes());
        }
        if (!onPath.add(node)) {
            throw new TooLarge(limitAt(node), "an alias refers to a node that contains it (a recursive structure)");
        }
        if (onPath.size() > limits.yamlDepth()) {
            throw new TooLarge(limitAt(node), "the document nests deeper than " + limits.yamlDepth()
                    + " levels through aliases (limits.yaml-depth)");
        }
        try {
            return switch (node) {
                case ScalarNode s -> scalar(s);
                case SequenceNode s -> sequence(s);
                case MappingNode m -> mapping(m);
                default -> throw new TooLarge(origin(node), "unsupported YAML node");
            };
        } finally {
            onPath.remove(node);
        }
    }

    private YamlScalar scalar(ScalarNode node) {
        Origin origin = origin(node);
        String value = node.getValue();
        Tag tag = node.getTag();
        MergeTag mergeTag = MergeTag.of(tag.getValue());
        if (mergeTag != MergeTag.NONE) {
            tag = resolver.resolve(value, true);
        }
        return new YamlScalar(value, kind(tag), origin, contentStart(node, origin.span(), value), false, mergeTag);
    }

    private static ScalarKind kind(Tag tag) {
        if (tag.equals(Tag.INT)) {
            return ScalarKind.INT;
        } else if (tag.equals(Tag.FLOAT)) {
            return ScalarKind.FLOAT;
        } else if (tag.equals(Tag.BOOL)) {
            return ScalarKind.BOOL;
        } else if (tag.equals(Tag.NULL)) {
            return ScalarKind.NULL;
        }
        return ScalarKind.STRING;
    }

    private int contentStart(ScalarNode node, Span span, String value) {
        String text = file.text();
        int start = span.start();
        int end = span.end();
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
            start++;
            end--;
        } else if (style != ScalarStyle.PLAIN) {
            return -1;
        }
        return end - start == value.length() && end <= text.length() && text.regionMatches(start, value, 0, value.length())
                ? start : -1;
    }

    private YamlSequence sequence(SequenceNode node) {
        List<YamlNode> items = new ArrayList<>(node.getValue().size());
        for (Node item : node.getValue()) {
            items.add(convert(item));
        }
        return new YamlSequence(items, origin(node), MergeTag.of(node.getTag().getValue()));
    }

    /** Merge keys are already flattened by SnakeYAML's composer (explicit keys first, then merged ones). */
    private YamlMapping mapping(MappingNode node) {
        List<YamlEntry> entries = new ArrayList<>(node.getValue().size());
        Map<String, YamlScalar> seen = new HashMap<>();
        for (NodeTuple t : node.getValue()) {
            if (!(convert(t.getKeyNode()) instanceof YamlScalar key)) {
                problems.syntax(origin(t.getKeyNode()), "a mapping key must be a plain value, not a list or mapping");
                continue;
            }
            YamlScalar first = seen.putIfAbsent(key.value(), key);
            if (first != null) {
                problems.duplicateKey(key, first);
                continue;
            }
            if (onPath.size() == 1) {
                topLevelKey = key;
            }
            entries.add(new YamlEntry(key, convert(t.getValueNode())));
        }
        return new YamlMapping(entries, origin(node), MergeTag.of(node.getTag().getValue()));
    }

    private Origin origin(Node node) {
        int start = node.getStartMark().map(this::offset).orElse(0);
        int end = node.getEndMark().map(this::offset).orElse(start);
        if (!(node instanceof ScalarNode)) {
            String text = file.text();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Origin(file, new Span(start, Math.max(start, end)));
    }

    private Origin limitAt(Node node) {
        return topLevelKey != null ? topLevelKey.origin() : origin(node);
    }

    private int offset(Mark mark) {
        return offsets.offset(mark.getIndex());
    }

    /** A safety limit was exceeded; the whole document is abandoned. */
    static class TooLarge extends RuntimeException {
        final Origin at;

        TooLarge(Origin at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    /** The node budget was spent: each reader of YAML words this one, since the setting that raises it is its own. */
    static final class TooManyNodes extends TooLarge {
        final int limit;

        TooManyNodes(Origin at, int limit) {
            super(at, "more than " + limit + " nodes");
            this.limit = limit;
        }
    }
}
