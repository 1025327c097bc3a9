package dev.stacklint.rules.stack;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SL238's severity: no password, then the file's environment, decide it (the fixtures check the positions). */
class DatabasePortPublishedTest {

    private static List<String> severities(String fixture) {
        Path dir = TestPaths.fixtures().resolve("SL238").resolve(fixture);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(),
                rule -> rule.code().equals("SL238"), Map.of(), dir));
        return r.findings().stream().map(f -> f.start().line() + " " + f.severity()).toList();
    }

    @Test
    void aDatabaseWithoutAPasswordInAProductionFileIsAnError() {
        assertThat(severities("bad/no-password")).containsExactly("7 ERROR", "13 ERROR", "18 ERROR", "22 ERROR",
                "26 ERROR", "31 ERROR", "35 ERROR");
    }

    @Test
    void aPasswordInAProductionFileIsAWarning() {
        assertThat(severities("bad/production-with-password")).containsExactly("7 WARNING");
    }

    @Test
    void aPasswordInAFileThatSaysNeitherIsAWarning() {
        assertThat(severities("bad/doc-example")).containsExactly("7 WARNING");
        assertThat(severities("bad/built-from-postgres")).containsExactly("5 WARNING");
    }

    @Test
    void noPasswordInAFileThatSaysNeitherIsAnError() {
        assertThat(severities("bad/random-port")).containsExactly("5 ERROR", "6 INFO");
    }

    @Test
    void aPortBoundToTheLoopbackAddressIsInformation() {
        assertThat(severities("bad/loopback")).containsExactly("7 INFO", "8 INFO", "13 INFO");
    }

    @Test
    void aDevelopmentFileReportsOnlyTheDatabasesWithoutAPasswordAsInformation() {
        assertThat(severities("bad/development")).containsExactly("7 INFO", "11 INFO");
    }
}
