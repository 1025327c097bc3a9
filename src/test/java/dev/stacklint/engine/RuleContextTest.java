package dev.stacklint.engine;

import dev.stacklint.rule.Finding;
import dev.stacklint.rules.BuiltinRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the engine hands the rules: the clock it was given, the configured tables, its view of the files. */
class RuleContextTest {
    @TempDir
    Path dir;

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    private List<String> lint(Clock clock, String code, Map<Path, String> overlays) {
        LintRequest request = new LintRequest(List.of(dir), List.of(), r -> r.code().equals(code), Map.of(), dir)
                .withOverlays(overlays);
        return new Linter(BuiltinRules.all(), clock).lint(request).findings().stream()
                .map(f -> f.rule().code() + " " + f.file().displayPath() + ":" + f.start().line()).toList();
    }

    @Test
    void aRuleJudgesAnEndOfLifeDateByTheLintersClock() throws IOException {
        // python 3.10 reaches its end of life on 2026-10-31 in the built-in table (DataTablesTest pins the date)
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.10\n");
        assertThat(lint(on("2026-10-31"), "SL102", Map.of())).isEmpty();
        assertThat(lint(on("2026-11-01"), "SL102", Map.of())).containsExactly("SL102 Dockerfile:1");
    }

    @Test
    void aFileATextStandsForIsThereForTheRules() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    env_file: web.env\n");
        assertThat(lint(on("2026-11-01"), "SL217", Map.of())).containsExactly("SL217 compose.yaml:4");
        Map<Path, String> created = Map.of(dir.resolve("web.env").toAbsolutePath().normalize(), "A=1\n");
        assertThat(lint(on("2026-11-01"), "SL217", created)).isEmpty();
    }
}
