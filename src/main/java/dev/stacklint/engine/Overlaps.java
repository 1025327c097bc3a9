package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.Supersedes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Drops the findings that a more specific rule's finding at the same place already reports ({@link Supersedes}). */
final class Overlaps {

    private Overlaps() {
    }

    static List<Finding> apply(List<Finding> findings, List<Rule> rules) {
        Map<String, Set<String>> supersedes = new HashMap<>();
        rules.forEach(r -> {
            if (r instanceof Supersedes s) {
                supersedes.put(r.meta().code(), s.supersedes());
            }
        });
        if (supersedes.isEmpty()) {
            return findings;
        }
        // winners by file, and only findings of a superseded rule compared with them: linear in the findings
        Set<String> superseded = new HashSet<>();
        supersedes.values().forEach(superseded::addAll);
        Map<Path, List<Finding>> winners = findings.stream().filter(f -> supersedes.containsKey(f.rule().code()))
                .collect(Collectors.groupingBy(f -> f.file().path()));
        return findings.stream().filter(f -> !superseded.contains(f.rule().code())
                || winners.getOrDefault(f.file().path(), List.of()).stream().noneMatch(w -> hides(w, f, supersedes)))
                .toList();
    }

    private static boolean hides(Finding winner, Finding other, Map<String, Set<String>> supersedes) {
        return supersedes.getOrDefault(winner.rule().code(), Set.of()).contains(other.rule().code())
                && winner.file().path().equals(other.file().path()) && winner.span().start() <= other.span().start()
                && other.span().end() <= winner.span().end();
    }
}
