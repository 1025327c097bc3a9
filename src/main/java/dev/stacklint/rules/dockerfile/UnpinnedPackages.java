package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.rule.Reporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The unpinned packages of one RUN, grouped by problem (a package without a version, a VCS reference without a
 * ref...), so that a pin rule reports each problem once per RUN, at its first package, naming them all (as
 * hadolint reports once per RUN), not once per package.
 */
final class UnpinnedPackages {
    private final Map<String, List<ShellWord>> byProblem = new LinkedHashMap<>();

    void add(String problem, ShellWord word) {
        byProblem.computeIfAbsent(problem, p -> new ArrayList<>()).add(word);
    }

    /** @param message the message for a problem and the packages that have it, in order */
    void report(Reporter reporter, BiFunction<String, List<String>, String> message) {
        byProblem.forEach((problem, words) -> reporter.report(words.get(0).span(),
                message.apply(problem, words.stream().map(ShellWord::value).distinct().toList())));
    }

    /** The start of a message: {@code package a is not pinned}, {@code packages a and b are not pinned}. */
    static String notPinned(String kind, List<String> names) {
        return names.size() == 1 ? kind + " " + names.get(0) + " is not pinned"
                : kind + "s " + names(names) + " are not pinned";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String names(List<String> names) {
        int n = names.size();
        return n == 1 ? names.get(0) : String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    }
}
