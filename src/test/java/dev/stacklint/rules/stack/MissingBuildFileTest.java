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

/** SL208's severity: a missing build is an error, unless the file looks copied elsewhere before use (positions: fixtures). */
class MissingBuildFileTest {

    private static List<String> severities(String fixture) {
        Path dir = TestPaths.fixtures().resolve("SL208").resolve(fixture);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(),
                rule -> rule.code().equals("SL208"), Map.of(), dir));
        return r.findings().stream().map(f -> f.start().line() + " " + f.severity()).toList();
    }

    @Test
    void aMissingContextIsAnError() {
        assertThat(severities("bad/missing-context")).isNotEmpty().allMatch(s -> s.endsWith(" ERROR"));
    }

    @Test
    void aFileWhoseBuildsAreAllFoundFromAFolderAboveItIsInformation() {
        assertThat(severities("bad/file-copied-before-use")).containsExactly("6 INFO", "9 INFO");
    }
}
