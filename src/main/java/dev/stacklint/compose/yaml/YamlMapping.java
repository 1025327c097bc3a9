package dev.stacklint.compose.yaml;

import dev.stacklint.source.Origin;

import java.util.List;
import java.util.Optional;

/** A mapping, its keys unique and in document order. */
public record YamlMapping(List<YamlEntry> entries, Origin origin, MergeTag mergeTag) implements YamlNode {

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    public Optional<YamlEntry> entry(String key) {
        for (YamlEntry e : entries) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(YamlEntry::value);
    }

    /** The value of {@code key} when it is a scalar that is not null. */
    public Optional<YamlScalar> scalar(String key) {
        return get(key).filter(v -> v instanceof YamlScalar s && s.kind() != ScalarKind.NULL).map(YamlScalar.class::cast);
    }

    public Optional<YamlMapping> mapping(String key) {
        return get(key).filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast);
    }

    public Optional<YamlSequence> sequence(String key) {
        return get(key).filter(YamlSequence.class::isInstance).map(YamlSequence.class::cast);
    }

    public YamlMapping withEntries(List<YamlEntry> newEntries) {
        return new YamlMapping(newEntries, origin, mergeTag);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
