package dev.stacklint.rules;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack, compose and Dockerfile rules of the stack issue over the awesome-compose samples (working, reasonable
 * projects): every finding they give is listed, reviewed, in {@code awesome-compose-findings.txt} beside this test,
 * so a new finding (a false alarm until someone reviews it) or a lost one fails the build. The samples' Dockerfiles
 * are not in the corpus, so SL208 (missing build file) is expected for every build and left out of the list.
 */
public class StackRulesCorpusTest {
    public static final Set<String> CODES = Set.of("SL102", "SL103", "SL201", "SL203", "SL204", "SL205", "SL208",
            "SL209", "SL301", "SL302", "SL303", "SL304", "SL306");

    @Test
    void awesomeComposeFindingsAreTheReviewedOnes() throws IOException {
        Path corpus = TestPaths.shared("corpus/compose/awesome-compose");
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(corpus), List.of(),
                r -> CODES.contains(r.code()) && !r.code().equals("SL208"), Map.of(), corpus));
        List<String> actual = result.findings().stream()
                .map(f -> f.file().displayPath() + ":" + f.start().line() + " " + f.rule().code() + " "
                        + f.severity().label())
                .toList();
        Path expected = Path.of(TestPaths.root().toString(), "src/test/java/dev/stacklint/rules/awesome-compose-findings.txt");
        if (Boolean.getBoolean("stacklint.bless")) {
            Files.write(expected, actual);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expected));
    }
}
