package dev.stacklint.rules.compose;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The first pair of neighbours out of order in a list, by a comparator. */
final class SequenceOrder {
    private SequenceOrder() {
    }

    /** The first item that sorts before the item written just above it, with that item; empty when in order. */
    static Optional<List<String>> firstInversion(List<String> items, Comparator<String> order) {
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i), items.get(i - 1)) < 0) {
                return Optional.of(List.of(items.get(i), items.get(i - 1)));
            }
        }
        return Optional.empty();
    }
}
