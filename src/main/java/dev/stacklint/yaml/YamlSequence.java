package dev.stacklint.yaml;

import dev.stacklint.source.Origin;

import java.util.List;

/** A sequence. */
public record YamlSequence(List<YamlNode> items, Origin origin, MergeTag mergeTag) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    public YamlSequence withItems(List<YamlNode> newItems) {
        return new YamlSequence(newItems, origin, mergeTag);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
