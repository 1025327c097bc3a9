package dev.stacklint.rules.compose;

import dev.stacklint.yaml.YamlEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An order of mapping keys: a rank for each key, and the keys of a mapping that stand after a key ranked later.
 * Keys that share a rank (the {@code x-} keys, keys in no group) are in alphabetical order among themselves.
 *
 * @param rank the position of a key's group or slot in the order
 */
record KeyOrder(Function<String, Integer> rank) {

    /** A key written after one that the order puts later, and that later key. */
    record Misplaced(YamlEntry key, YamlEntry before) {
    }

    Comparator<String> comparator() {
        return Comparator.comparing(rank).thenComparing(Written.ALPHABETICAL);
    }

    /** Each key of {@code entries} (in text order) that comes after a key the order puts later. */
    List<Misplaced> misplaced(List<YamlEntry> entries) {
        Comparator<String> order = comparator();
        List<Misplaced> out = new java.util.ArrayList<>();
        YamlEntry latest = null;
        for (YamlEntry e : entries) {
            if (latest != null && order.compare(e.name(), latest.name()) < 0) {
                out.add(new Misplaced(e, firstAfter(entries, e, order).orElse(latest)));
            } else {
                latest = e;
            }
        }
        return out;
    }

    /** The first key before {@code e} in the text that the order puts after it. */
    private static Optional<YamlEntry> firstAfter(List<YamlEntry> entries, YamlEntry e, Comparator<String> order) {
        return entries.stream().takeWhile(x -> x != e).filter(x -> order.compare(x.name(), e.name()) > 0).findFirst();
    }
}
