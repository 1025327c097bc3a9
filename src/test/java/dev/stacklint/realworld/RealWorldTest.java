package dev.stacklint.realworld;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rule.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rule set over the real projects in {@code src/test/resources/realworld/} (see SOURCES.md there), as
 * {@code stacklint} runs it: every rule is asked, and the configuration discovered (none, so the defaults) drops the
 * rules that are off by default, such as the hardening set. Each finding
 * is pinned, with its exact position, in {@code expected.txt} beside them together with the verdict of the person
 * who judged it against the real file: {@code true} (right), {@code false} (a false alarm) or {@code style}
 * (debatable, a style choice). A new finding or a lost one fails the build; so does a finding nobody judged yet.
 * No error may be judged {@code false}: the list is also the reviewed list of the errors that remain. The test
 * prints precision per rule and overall, for errors + warnings and for errors alone.
 * <p>
 * Rewrite the list with {@code -Dstacklint.bless=true}: a line whose file, position and rule are unchanged keeps its
 * verdict, a new one is written as {@code new} (and fails the test until it is judged). End-of-life checks run on a
 * fixed date ({@link TestRules#REVIEWED_ON}) so that the list does not change with the calendar.
 */
class RealWorldTest {
    private static final List<String> VERDICTS = List.of("true", "false", "style");
    private static final String UNJUDGED = "new";

    @Test
    void findingsAreTheReviewedOnes() throws IOException {
        Path root = TestPaths.root().resolve("src/test/resources/realworld");
        // each project is its own linted folder, as its owner runs stacklint in its checkout: the name of the
        // project's folder (`atsea-sample-shop`, `uv-docker-example`) says nothing about its files
        List<Path> projects;
        try (Stream<Path> entries = Files.list(root)) {
            projects = entries.filter(Files::isDirectory).sorted().toList();
        }
        LintResult result = TestRules.linter().lint(new LintRequest(projects, List.of(), r -> true, Map.of(), root));
        Path expectedFile = root.resolve("expected.txt");
        List<Judged> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).map(Judged::parse)
                .toList();
        Map<String, String> verdicts = new HashMap<>();
        expected.forEach(j -> verdicts.put(j.key(), j.verdict()));
        List<Judged> actual = result.findings().stream()
                .map(f -> Judged.of(f, verdicts.getOrDefault(Judged.key(f), UNJUDGED)))
                .toList();
        if (Boolean.getBoolean("stacklint.bless")) {
            Files.write(expectedFile, actual.stream().map(Judged::line).toList());
            expected = actual;
        }
        System.out.println(Precision.of(expected).table());
        assertThat(actual.stream().map(Judged::line).toList())
                .containsExactlyElementsOf(expected.stream().map(Judged::line).toList());
        assertThat(expected).as("every real-world finding is judged true, false or style")
                .allMatch(j -> VERDICTS.contains(j.verdict()));
        assertThat(expected).as("no error finding that a reviewer disagrees with")
                .filteredOn(j -> j.severity().equals("error")).noneMatch(j -> j.verdict().equals("false"));
    }

    /** One pinned finding: {@code <verdict> <file>:<line>:<col> <CODE> <severity> <message>}. */
    record Judged(String verdict, String place, String code, String severity, String message) {
        static Judged parse(String line) {
            String[] p = line.split(" ", 5);
            if (p.length < 5) {
                throw new IllegalArgumentException("expected.txt: not `<verdict> <file>:<line>:<col> <CODE> "
                        + "<severity> <message>`: " + line);
            }
            return new Judged(p[0], p[1], p[2], p[3], p[4]);
        }

        static Judged of(Finding f, String verdict) {
            return new Judged(verdict, place(f), f.rule().code(), f.severity().name().toLowerCase(Locale.ROOT),
                    f.message());
        }

        static String place(Finding f) {
            return f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column();
        }

        static String key(Finding f) {
            return place(f) + " " + f.rule().code();
        }

        String key() {
            return place + " " + code;
        }

        String line() {
            return String.join(" ", verdict, place, code, severity, message);
        }
    }

    /** True and false verdicts counted per rule, for errors + warnings and for errors alone. */
    record Precision(Map<String, int[]> perRule, int[] warnAndError, int[] error) {
        static Precision of(List<Judged> judged) {
            Map<String, int[]> perRule = new java.util.TreeMap<>();
            int[] all = new int[3];
            int[] errors = new int[3];
            for (Judged j : judged) {
                if (!j.severity().equals("error") && !j.severity().equals("warning")) {
                    continue;
                }
                int slot = switch (j.verdict()) {
                    case "true" -> 0;
                    case "false" -> 1;
                    default -> 2;
                };
                perRule.computeIfAbsent(j.code(), c -> new int[3])[slot]++;
                all[slot]++;
                if (j.severity().equals("error")) {
                    errors[slot]++;
                }
            }
            return new Precision(perRule, all, errors);
        }

        String table() {
            List<String> lines = new ArrayList<>();
            lines.add("Real-world precision (true / (true + false); style and unjudged left out)");
            perRule.forEach((code, n) -> lines.add(row(code, n)));
            lines.add(row("errors+warnings", warnAndError));
            lines.add(row("errors", error));
            return String.join("\n", lines);
        }

        private static String row(String label, int[] n) {
            int judged = n[0] + n[1];
            String p = judged == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", (double) n[0] / judged);
            return String.format(Locale.ROOT, "  %-16s %s  (%d true, %d false, %d style/other)", label, p, n[0], n[1],
                    n[2]);
        }
    }
}
