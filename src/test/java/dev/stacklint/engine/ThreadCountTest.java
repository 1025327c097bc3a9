package dev.stacklint.engine;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.report.JsonFormatter;
import dev.stacklint.report.Report;
import dev.stacklint.rules.BuiltinRules;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's report is the same, byte for byte, whatever the number of threads linting it: the real-world corpus
 * (many projects, shared Dockerfiles, add-ons, includes) linted on one thread and on several gives one JSON report.
 * The engine's parallel streams run in the pool of the thread that starts them, so each run gets its own pool.
 */
class ThreadCountTest {
    @Test
    void theReportIsTheSameOnOneThreadAndOnSeveral() throws Exception {
        Path root = TestPaths.root().resolve("src/test/resources/realworld");
        List<Path> projects;
        try (Stream<Path> entries = Files.list(root)) {
            projects = entries.filter(Files::isDirectory).sorted().toList();
        }
        LintRequest request = new LintRequest(projects, List.of(), r -> true, Map.of(), root);
        String oneThread = report(request, 1);
        assertThat(oneThread).contains("\"rule\"");
        assertThat(report(request, 4)).isEqualTo(oneThread);
    }

    private static String report(LintRequest request, int threads) throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            LintResult result = pool.submit(() -> TestRules.linter().lint(request)).get();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                new JsonFormatter().write(new Report("test", result.files(), result.findings(), BuiltinRules.all(),
                        request.workingDir(), result.suppressed(), 0, 0), out);
            }
            return bytes.toString(StandardCharsets.UTF_8) + result.problems();
        } finally {
            pool.shutdown();
        }
    }
}
