package dev.stacklint.yaml;

import dev.stacklint.source.Origin;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping, its keys unique and in document order.
 *
 * @param index the entries by name when there are many (empty otherwise), so that looking each key of a mapping up
 *              in it stays linear: a file with 100,000 services is read key by key
 */
public record YamlMapping(List<YamlEntry> entries, Origin origin, MergeTag mergeTag, Map<String, YamlEntry> index)
        implements YamlNode {
    private static final int INDEXED = 16;

    public YamlMapping(List<YamlEntry> entries, Origin origin, MergeTag mergeTag) {
        this(entries, origin, mergeTag, Map.of());
    }

    public YamlMapping {
        entries = List.copyOf(entries);
        if (entries.size() > INDEXED) {
            Map<String, YamlEntry> byName = new HashMap<>();
            entries.forEach(e -> byName.putIfAbsent(e.name(), e));
            index = Collections.unmodifiableMap(byName);
        } else {
            index = Map.of();
        }
    }

    public Optional<YamlEntry> entry(String key) {
        if (entries.size() > INDEXED) {
            return Optional.ofNullable(index.get(key));
        }
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
