package dev.stacklint.realworld;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rule.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker awesome-compose samples, linted as {@code stacklint} lints a folder (the default rule set, the
 * configuration discovered): every error finding is listed, with why a reviewer agrees with it, in
 * {@code src/test/resources/awesome-compose/errors.txt}, so a new error (a false alarm until someone reviews it) or a
 * lost one fails the build. The corpus missing fails the test too.
 */
class AwesomeComposeErrorsTest {
    @Test
    void errorsAreTheReviewedOnes() throws IOException {
        Path corpus = TestPaths.shared("corpus/compose/awesome-compose");
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(corpus), corpus));
        List<String> actual = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> corpus.relativize(f.file().path()) + ":" + f.start().line() + ":" + f.start().column()
                        + " " + f.rule().code())
                .toList();
        List<String[]> reviewed = Files.readAllLines(TestPaths.root().resolve("src/test/resources/awesome-compose/errors.txt"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(" \\| ", 2)).toList();
        assertThat(reviewed).as("each listed error says why it is right").allMatch(r -> r.length == 2 && !r[1].isBlank());
        assertThat(actual).containsExactlyElementsOf(reviewed.stream().map(r -> r[0]).toList());
        assertThat(result.files()).as("files linted").hasSizeGreaterThanOrEqualTo(39);
    }
}
