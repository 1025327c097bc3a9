package dev.stacklint.realworld;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.engine.Fixer;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Edits;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Target;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.FixRegions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fix the Dockerfile rules offer on the real projects: applied alone, the file still parses and that finding
 * is gone; all safe fixes of a file applied together (what {@code --fix} does in one pass), the file still parses.
 */
class RealWorldFixTest {

    @Test
    void everyOfferedFixKeepsTheFileParseableAndRemovesItsFinding() {
        Path root = TestPaths.root().resolve("src/test/resources/realworld");
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(root), List.of(), r -> true, Map.of(), root));
        Map<SourceFile, List<Finding>> fixable = new LinkedHashMap<>();
        result.findings().stream().filter(f -> f.fix() != null && f.rule().target() == Target.DOCKERFILE)
                .forEach(f -> fixable.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        Map<String, int[]> offered = new TreeMap<>();
        fixable.forEach((file, findings) -> {
            for (Finding f : findings) {
                String fixed = Edits.apply(file.text(), f.fix().edits());
                assertParses(file, fixed, f);
                DockerfileRule rule = rule(f);
                assertThat(count(rule, fixed)).as("%s at %s:%s after its fix", f.rule().code(), file.displayPath(),
                        f.start().line()).isLessThan(count(rule, file.text()));
                offered.computeIfAbsent(f.rule().code(), c -> new int[2])[f.fix().safety().ordinal()]++;
            }
            assertParses(file, Edits.apply(file.text(), safeEditsOnePass(findings)), null);
        });
        offered.forEach((code, n) -> System.out.printf("real-world fixes %s: %d safe, %d unsafe%n", code, n[0], n[1]));
        assertThat(offered).as("the corpus exercises the fixes").containsKeys("DL3003", "DL3015", "DL3020",
                "DL3025", "DL3027", "DL3042", "SL110");
    }

    /**
     * {@code --fix --unsafe-fixes} on every project (the {@link Fixer} as the CLI runs it, texts kept in memory): each
     * changed file still parses, keeps every whole-line comment, and a second run changes nothing; every project
     * folder, the newest ones included, is read.
     */
    @Test
    void fixingTheWholeCorpusBreaksNoFileLosesNoCommentAndConverges() throws java.io.IOException {
        Path root = TestPaths.root().resolve("src/test/resources/realworld");
        LintRequest request = new LintRequest(List.of(root), List.of(), r -> true, Map.of(), root);
        Fixer.Outcome outcome = new Fixer(TestRules.linter()).fix(request, true, p -> true);
        Map<Path, String> overlays = new java.util.HashMap<>();
        for (Fixer.FixedFile f : outcome.files()) {
            overlays.put(f.path(), f.text());
            String original = f.original().orElse("");
            SourceFile before = SourceFile.of(f.displayPath(), original);
            SourceFile after = SourceFile.of(f.displayPath(), f.text());
            String name = f.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                assertThat(FixRegions.of(after)).as("%s still parses", f.displayPath()).isPresent();
            } else if (name.contains("dockerfile") && f.original().isPresent()) {
                assertThat(DockerfileParser.parse(after).errors()).as("%s still parses", f.displayPath())
                        .hasSizeLessThanOrEqualTo(DockerfileParser.parse(before).errors().size());
            }
            Map<String, Long> kept = comments(f.text());
            comments(original).forEach((comment, n) -> assertThat(kept.getOrDefault(comment, 0L))
                    .as("%s keeps the comment %s", f.displayPath(), comment).isGreaterThanOrEqualTo(n));
        }
        assertThat(outcome.applied()).as("the corpus exercises --fix").isPositive();
        // the second run reads the fixed files (a file a fix created exists only in memory here: it is offered again)
        List<Path> fixedFiles = outcome.files().stream().filter(f -> f.original().isPresent()).map(Fixer.FixedFile::path)
                .toList();
        Fixer.Outcome again = new Fixer(TestRules.linter()).fix(new LintRequest(fixedFiles, List.of(), r -> true,
                Map.of(), root).withOverlays(overlays), true, p -> true);
        assertThat(again.files()).as("a second --fix changes nothing").allMatch(f -> f.original().isEmpty()
                && overlays.containsKey(f.path()));

        java.util.Set<String> read = outcome.result().files().stream()
                .map(f -> root.relativize(f.path().toAbsolutePath().normalize()).getName(0).toString())
                .collect(java.util.stream.Collectors.toSet());
        List<String> projects;
        try (var folders = java.nio.file.Files.list(root)) {
            projects = folders.filter(java.nio.file.Files::isDirectory).map(d -> d.getFileName().toString()).toList();
        }
        assertThat(projects).isNotEmpty();
        assertThat(read).as("every project is linted and offered its fixes, the newest ones too")
                .containsAll(projects);
    }

    /** Each whole-line comment ({@code #} first on its line), trimmed, with how many times it occurs. */
    private static Map<String, Long> comments(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#"))
                .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
    }

    private static void assertParses(SourceFile original, String fixed, Finding f) {
        int before = DockerfileParser.parse(original).errors().size();
        assertThat(DockerfileParser.parse(SourceFile.of(original.displayPath(), fixed)).errors())
                .as("%s fixed by %s", original.displayPath(), f == null ? "every safe fix" : f.rule().code() + " at "
                        + f.start().line()).hasSizeLessThanOrEqualTo(before);
    }

    /** The safe fixes of one file that do not touch an earlier one's edits (the rest wait for the next pass). */
    private static List<Edit> safeEditsOnePass(List<Finding> findings) {
        List<Edit> taken = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix().safety() == Fix.Safety.SAFE && f.fix().edits().stream().noneMatch(e -> taken.stream()
                    .anyMatch(t -> overlaps(t.span(), e.span())))) {
                taken.addAll(f.fix().edits());
            }
        }
        return taken;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end() || a.start() == b.start();
    }

    private static DockerfileRule rule(Finding f) {
        return BuiltinRules.all().stream().filter(r -> r.meta().code().equals(f.rule().code()))
                .map(DockerfileRule.class::cast).findFirst().orElseThrow();
    }

    /** The rule's findings in {@code text}, with every stage taken as an image (so no finding hides behind a target). */
    private static int count(DockerfileRule rule, String text) {
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        Builds every = new Builds(IntStream.range(0, df.stages().size()).mapToObj(i -> Optional.of(String.valueOf(i)))
                .toList(), java.util.Set.of(), false);
        AtomicInteger n = new AtomicInteger();
        rule.check(df, every, TestRules.CONTEXT, new Reporter(rule.meta(), df.source(), x -> n.incrementAndGet()));
        return n.get();
    }
}
