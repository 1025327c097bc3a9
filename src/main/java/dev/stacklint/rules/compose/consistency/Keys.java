package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.Service;
import dev.stacklint.source.Origin;

/** What the consistency rules share: when two services run together, and how findings name places and keys. */
final class Keys {
    private Keys() {
    }

    /** True when the two services run together under some natural choice of profiles: one of them always runs, or
     * they share a profile. Services in disjoint profiles are alternatives (a CPU and a GPU variant). */
    static boolean activeTogether(Service a, Service b) {
        return a.inDefaultProfile() || b.inDefaultProfile()
                || a.profiles().stream().anyMatch(p -> b.profiles().stream().anyMatch(q -> q.value().equals(p.value())));
    }

    /** Where {@code first} is, as seen from a finding at {@code here}: its line, with its file when another. */
    static String where(Origin first, Origin here) {
        return (first.file() == here.file() ? "line " : first.file().displayPath() + ":") + first.start().line();
    }

    static String quoted(String name) {
        return "`" + name + "`";
    }
}
