package dev.stacklint.compose;

import dev.stacklint.yaml.MergeTag;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges a later (override) document into an earlier one by the Compose Specification's rules: mappings merge key
 * by key, scalars are replaced, most sequences are appended, {@code command}, {@code entrypoint} and
 * {@code healthcheck.test} are replaced, {@code ports}/{@code volumes}/{@code secrets}/{@code configs}/
 * {@code env_file} merge by their unique key (a later entry with the same target replaces the earlier one), and
 * lists of plain values are de-duplicated. {@code !reset} removes an inherited value, {@code !override} replaces
 * it whole. Works on normalized (long-form) documents; every node keeps the origin of the file it came from.
 */
final class Merger {
    /** Mappings whose keys are user-chosen names (so the merge rules below match any name there). */
    private static final Set<String> NAMED = Set.of("services", "networks", "volumes", "secrets", "configs", "models",
            "services.*.networks", "services.*.depends_on");
    private static final Set<String> REPLACED = Set.of("services.*.command", "services.*.entrypoint",
            "services.*.healthcheck.test");
    private static final Set<String> UNIQUE_VALUES = Set.of("services.*.expose", "services.*.dns",
            "services.*.dns_search", "services.*.dns_opt", "services.*.cap_add", "services.*.cap_drop",
            "services.*.profiles", "services.*.tmpfs", "services.*.links", "services.*.external_links",
            "services.*.security_opt", "services.*.group_add", "services.*.volumes_from", "services.*.devices",
            "services.*.networks.*.aliases");
    private static final Map<String, Function<YamlMapping, Optional<String>>> KEYED = Map.of(
            "services.*.ports", Merger::portKey,
            "services.*.volumes", m -> text(m, "target"),
            "services.*.secrets", m -> text(m, "target").or(() -> text(m, "source").map(s -> "/run/secrets/" + s)),
            "services.*.configs", m -> text(m, "target").or(() -> text(m, "source").map(s -> "/" + s)),
            "services.*.env_file", m -> text(m, "path"));

    private Merger() {
    }

    /** The project so far with one more document merged on top. */
    static YamlMapping merge(YamlMapping base, YamlMapping override) {
        return mapping(base, override, "");
    }

    /** A service extended by another: {@code base} is the extended service, {@code override} the extending one. */
    static YamlMapping mergeService(YamlMapping base, YamlMapping override) {
        return mapping(base, override, "services.*");
    }

    /** Drops {@code !reset} entries from a document that has nothing to merge into. */
    static YamlNode clean(YamlNode node) {
        return switch (node) {
            case YamlMapping m -> m.withEntries(m.entries().stream().filter(e -> e.value().mergeTag() != MergeTag.RESET)
                    .map(e -> new YamlEntry(e.key(), clean(e.value()))).toList());
            case YamlSequence s -> s.withItems(s.items().stream().map(Merger::clean).toList());
            case YamlScalar s -> s;
        };
    }

    private static YamlNode merge(YamlNode base, YamlNode override, String path) {
        if (override.mergeTag() == MergeTag.OVERRIDE || REPLACED.contains(path)) {
            return clean(override);
        }
        if (base instanceof YamlMapping b && override instanceof YamlMapping o) {
            if (path.equals("services.*.logging") && !text(b, "driver").equals(text(o, "driver"))
                    && text(o, "driver").isPresent()) {
                return clean(o);
            }
            return mapping(b, o, path);
        }
        if (base instanceof YamlSequence b && override instanceof YamlSequence o) {
            return sequence(b, o, path);
        }
        return clean(override);
    }

    private static YamlMapping mapping(YamlMapping base, YamlMapping override, String path) {
        Map<String, YamlEntry> result = new LinkedHashMap<>();
        base.entries().forEach(e -> result.put(e.name(), e));
        for (YamlEntry e : override.entries()) {
            String childPath = childPath(path, e.name());
            YamlEntry existing = result.get(e.name());
            if (e.value().mergeTag() == MergeTag.RESET) {
                result.remove(e.name());
            } else if (existing == null) {
                result.put(e.name(), new YamlEntry(e.key(), clean(e.value())));
            } else if (existing.value() instanceof YamlMapping && e.value() instanceof YamlMapping
                    && e.value().mergeTag() != MergeTag.OVERRIDE) {
                result.put(e.name(), new YamlEntry(existing.key(), merge(existing.value(), e.value(), childPath)));
            } else {
                result.put(e.name(), new YamlEntry(e.key(), merge(existing.value(), e.value(), childPath)));
            }
        }
        return base.withEntries(new ArrayList<>(result.values()));
    }

    private static YamlSequence sequence(YamlSequence base, YamlSequence override, String path) {
        List<YamlNode> items = new ArrayList<>(base.items());
        Function<YamlMapping, Optional<String>> keyOf = KEYED.get(path);
        boolean unique = UNIQUE_VALUES.contains(path);
        for (YamlNode item : override.items()) {
            YamlNode cleaned = clean(item);
            int at = keyOf != null ? indexOfKey(items, cleaned, keyOf)
                    : unique ? indexOfValue(items, cleaned) : -1;
            if (at >= 0) {
                items.set(at, cleaned);
            } else {
                items.add(cleaned);
            }
        }
        return base.withItems(items);
    }

    private static int indexOfKey(List<YamlNode> items, YamlNode item, Function<YamlMapping, Optional<String>> keyOf) {
        Optional<String> key = item instanceof YamlMapping m ? keyOf.apply(m) : Optional.empty();
        if (key.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YamlMapping m && keyOf.apply(m).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfValue(List<YamlNode> items, YamlNode item) {
        if (!(item instanceof YamlScalar s)) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YamlScalar other && other.text().equals(s.text())) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> portKey(YamlMapping port) {
        return text(port, "target").map(target -> text(port, "host_ip").orElse("") + ":"
                + text(port, "published").orElse("") + ":" + target + "/" + text(port, "protocol").orElse("tcp"));
    }

    private static Optional<String> text(YamlMapping m, String key) {
        return m.scalar(key).map(YamlScalar::text);
    }

    private static String childPath(String path, String key) {
        String name = NAMED.contains(path) ? "*" : key;
        return path.isEmpty() ? name : path + "." + name;
    }
}
