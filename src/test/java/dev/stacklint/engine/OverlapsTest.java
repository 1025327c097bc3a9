package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One secret, one finding: SL204's literal secret hides DL3064's secret-looking name in the same ENV or ARG. */
class OverlapsTest {
    private static final String DOCKERFILE = """
            FROM python:3.12
            ARG NPM_TOKEN
            ENV DB_PASSWORD=hunter2 APP_SECRET=${APP_SECRET}
            # stacklint ignore=SL204
            ARG API_KEY=sk_live_0000
            """;

    @TempDir
    Path dir;

    private List<String> lint(Set<String> rules) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), rule -> rules.contains(rule.code()),
                Map.of(), dir));
        return r.findings().stream().map(OverlapsTest::render).toList();
    }

    private static String render(Finding f) {
        return f.start().line() + ":" + f.start().column() + " " + f.rule().code();
    }

    @Test
    void theLiteralSecretIsReportedOnceBySl204() throws IOException {
        assertThat(lint(Set.of("SL204", "DL3064")))
                .containsExactly("2:5 DL3064", "3:5 SL204", "3:25 DL3064", "5:5 DL3064");
    }

    @Test
    void withoutSl204Dl3064ReportsEveryName() throws IOException {
        assertThat(lint(Set.of("DL3064"))).containsExactly("2:5 DL3064", "3:5 DL3064", "3:25 DL3064", "5:5 DL3064");
    }
}
