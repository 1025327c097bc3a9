package dev.stacklint.realworld;

import dev.stacklint.TestPaths;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.engine.Linter;
import dev.stacklint.rule.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rules.data.DeprecatedImages;
import dev.stacklint.rules.dockerfile.DeprecatedImage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule over the real projects in {@code src/test/resources/realworld/} (see SOURCES.md there): each finding
 * they give was reviewed as a true positive and is pinned, with its exact position, in {@code expected.txt} beside
 * them, so a new finding (a false alarm until someone reviews it) or a lost one fails the build. End-of-life
 * checks run on a fixed date so that the list does not change with the calendar.
 * Rewrite the list with {@code -Dstacklint.bless=true} and review the diff.
 */
class RealWorldTest {
    private static final Clock REVIEWED_ON = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void findingsAreTheReviewedOnes() throws IOException {
        Path root = TestPaths.root().resolve("src/test/resources/realworld");
        List<Rule> rules = BuiltinRules.all().stream()
                .map(r -> r instanceof DeprecatedImage ? new DeprecatedImage(DeprecatedImages.builtin(), REVIEWED_ON) : r)
                .toList();
        LintResult result = new Linter(rules).lint(new LintRequest(List.of(root), List.of(), r -> true, Map.of(), root));
        List<String> actual = result.findings().stream()
                .map(f -> f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column() + " "
                        + f.rule().code() + " " + f.message())
                .toList();
        Path expected = root.resolve("expected.txt");
        if (Boolean.getBoolean("stacklint.bless")) {
            Files.write(expected, actual);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(expected));
    }
}
