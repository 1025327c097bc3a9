package dev.stacklint;

import dev.stacklint.engine.Fixer;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.report.UnifiedDiff;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lints every fixture case and compares rule, file, line, column, end and message with its {@code expected.txt}.
 * {@code fixtures/<CODE>/bad|good/<case>/} run only rule CODE; {@code fixtures/projects/<demo>/} run every rule.
 * Run with {@code -Dstacklint.bless=true} to rewrite the expectations (then review {@code git diff}).
 */
class FixtureTest {
    private static final boolean BLESS = Boolean.getBoolean("stacklint.bless");
    static final String FIX_DIFF = "expected-fix.diff";

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path c : cases()) {
            tests.add(DynamicTest.dynamicTest(TestPaths.fixtures().relativize(c).toString(), c.toUri(), () -> check(c)));
        }
        // two cases a rule at the least: a fixtures folder that lost its cases must not pass as zero tests
        assertThat(tests).as("fixture cases").hasSizeGreaterThanOrEqualTo(2 * BuiltinRules.all().size()
                - 2 * WITHOUT_FIXTURES.size());
        return tests.stream();
    }

    @Test
    void everyRuleFolderNamesARegisteredRuleAndHasBadAndGoodCases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestPaths.fixtures())) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (name.equals("projects")) {
                    continue;
                }
                assertThat(BuiltinRules.find(name)).as("fixtures/%s names a rule", name).isPresent();
                assertThat(dir.resolve("bad")).as("fixtures/%s/bad", name).isDirectory();
                assertThat(dir.resolve("good")).as("fixtures/%s/good", name).isDirectory();
            }
        }
    }

    /** Rules with no fixture folder, each for a reason; the list can only shrink. */
    private static final Map<String, String> WITHOUT_FIXTURES = Map.of(
            "SL012", "internal-error fires only when a rule has a bug; RuleCrashTest covers it with a throwing rule");

    @Test
    void everyRuleHasABadAndAGoodFixtureUnlessListedWithAReason() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var rule : BuiltinRules.all()) {
            String code = rule.meta().code();
            for (String kind : List.of("bad", "good")) {
                if (subdirs(TestPaths.fixtures().resolve(code).resolve(kind)).isEmpty()) {
                    missing.add(code + " " + kind);
                }
            }
        }
        assertThat(missing).as("rules without fixtures/<CODE>/bad/<case>/ or fixtures/<CODE>/good/<case>/")
                .containsExactlyInAnyOrderElementsOf(WITHOUT_FIXTURES.keySet().stream()
                        .flatMap(code -> Stream.of(code + " bad", code + " good")).toList());
    }

    static List<Path> cases() throws IOException {
        List<Path> cases = new ArrayList<>();
        Path root = TestPaths.fixtures();
        assertThat(root).as("the fixtures folder").isDirectory();
        try (Stream<Path> top = Files.list(root)) {
            for (Path group : top.filter(Files::isDirectory).sorted().toList()) {
                if (group.getFileName().toString().equals("projects")) {
                    cases.addAll(subdirs(group));
                } else {
                    cases.addAll(subdirs(group.resolve("bad")));
                    cases.addAll(subdirs(group.resolve("good")));
                }
            }
        }
        return cases;
    }

    private static List<Path> subdirs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Every rule that declares a fix has a bad case whose {@code expected-fix.diff} pins it. */
    @Test
    void everyFixableRuleHasAPinnedFix() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var rule : BuiltinRules.all()) {
            String code = rule.meta().code();
            if (rule.meta().fixable() != null && subdirs(TestPaths.fixtures().resolve(code).resolve("bad")).stream()
                    .noneMatch(c -> Files.exists(c.resolve(FIX_DIFF)))) {
                missing.add(code);
            }
        }
        assertThat(missing).as("fixable rules without fixtures/<CODE>/bad/<case>/" + FIX_DIFF).isEmpty();
    }

    private static void check(Path caseDir) throws IOException {
        Path rel = TestPaths.fixtures().relativize(caseDir);
        String group = rel.getName(0).toString();
        boolean project = group.equals("projects");
        boolean good = !project && rel.getName(1).toString().equals("good");
        Predicate<dev.stacklint.rule.RuleMeta> enabled = project ? r -> true : r -> r.matches(group);

        // A rule's own fixtures run it even when it is off by default (the hardening set).
        LintRequest request = new LintRequest(List.of(caseDir), List.of(), enabled, Map.of(), caseDir);
        LintRequest configured = project ? request : request.withConfig(TestRules.selecting(group, caseDir));
        LintResult result = TestRules.linter().lint(configured);
        assertThat(result.files()).as("%s: a diff is never a lint input", rel)
                .noneMatch(f -> f.path().getFileName().toString().endsWith(".diff"));
        List<String> actual = result.findings().stream().map(f -> render(caseDir, f)).toList();
        Path expectedFile = caseDir.resolve("expected.txt");

        if (good) {
            assertThat(actual).as("%s must stay quiet", rel).isEmpty();
            return;
        }
        if (BLESS) {
            Files.writeString(expectedFile, actual.isEmpty() ? "" : String.join("\n", actual) + "\n");
            if (!project) {
                checkFix(caseDir, rel, configured, result);
            }
            return;
        }
        assertThat(expectedFile).as("%s has expected.txt", rel).exists();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(actual).as("findings of %s", rel).containsExactlyElementsOf(expected);
        if (!project) {
            assertThat(actual).as("a bad case of %s must fire", group).isNotEmpty();
            checkFix(caseDir, rel, configured, result);
        }
    }

    /**
     * {@code expected-fix.diff}: what {@code --diff --unsafe-fixes} prints for the case with only its rule; no file
     * when the fixes change nothing.
     */
    private static void checkFix(Path caseDir, Path rel, LintRequest request, LintResult linted) throws IOException {
        Path expectedFile = caseDir.resolve(FIX_DIFF);
        if (linted.findings().stream().allMatch(f -> f.fix() == null) && !Files.exists(expectedFile)) {
            return; // nothing to fix: skip the second lint
        }
        Fixer.Outcome outcome = new Fixer(TestRules.linter()).fix(request, true, p -> true);
        StringBuilder diff = new StringBuilder();
        outcome.files().forEach(f -> diff.append(UnifiedDiff.of(f.displayPath(), f.original(), f.text())));
        if (BLESS) {
            if (diff.isEmpty()) {
                Files.deleteIfExists(expectedFile);
            } else {
                Files.writeString(expectedFile, diff);
            }
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
        assertThat(diff.toString()).as("the fixes of %s (%s)", rel, FIX_DIFF).isEqualTo(expected);
    }

    /** {@code path:line:col-endLine:endCol CODE message}, the path relative to the case folder. */
    static String render(Path caseDir, Finding f) {
        Position s = f.start();
        Position e = f.end();
        String path = caseDir.relativize(f.file().path()).toString().replace('\\', '/');
        return path + ":" + s.line() + ":" + s.column() + "-" + e.line() + ":" + e.column()
                + " " + f.rule().code() + " " + f.message();
    }
}
