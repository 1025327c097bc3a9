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

/** Suppression comments in real files, against the real rules (those the files are about, and SL006). */
class SuppressionsEndToEndTest {
    private static final Set<String> RULES = Set.of("SL201", "SL202", "SL206", "DL3006", "DL3007", "DL3025", "DL3042",
            "SL101", "SL006");

    @TempDir
    Path dir;

    private List<String> lint(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), rule -> RULES.contains(rule.code()),
                Map.of(), dir));
        return r.findings().stream().map(SuppressionsEndToEndTest::render).toList();
    }

    private static String render(Finding f) {
        return f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column() + " " + f.rule().code();
    }

    @Test
    void disableNextLineSl201SilencesExactlyThatFinding() throws IOException {
        String db = "    image: postgres:16\n    environment: {POSTGRES_PASSWORD_FILE: /run/secrets/pg}\n";
        assertThat(lint("compose.yaml", "services:\n  main-db:\n" + db + "  reports-db:\n" + db))
                .containsExactly("compose.yaml:3:12 SL201", "compose.yaml:6:12 SL201");
        assertThat(lint("compose.yaml", "services:\n  main-db:\n" + db + "  reports-db:\n"
                + "    # stacklint-disable-next-line SL201 -- a scratch copy, rebuilt every night\n" + db))
                .containsExactly("compose.yaml:3:12 SL201");
    }

    @Test
    void disableNextLineSilencesExactlyThatFinding() throws IOException {
        assertThat(lint("compose.yaml", """
                services:
                  web:
                    # stacklint-disable-next-line SL206
                    image: nginx
                  proxy:
                    image: httpd
                """)).containsExactly("compose.yaml:6:12 SL206");
    }

    @Test
    void disableSilencesTheRuleInTheWholeFileByName() throws IOException {
        assertThat(lint("compose.yaml", """
                version: "3"
                services:
                  web:
                    image: nginx
                  proxy:
                    image: httpd
                # stacklint-disable image-without-tag
                """)).containsExactly("compose.yaml:1:1 SL202");
    }

    @Test
    void dockerfilePragmasSilenceTheNextInstructionOrTheFile() throws IOException {
        assertThat(lint("Dockerfile", """
                # stacklint global ignore=json-form-cmd
                # hadolint ignore=DL3006
                FROM python
                FROM node AS web
                # stacklint ignore=DL3042
                RUN pip install flask
                RUN pip install gunicorn
                CMD gunicorn app:app
                """)).containsExactly("Dockerfile:4:6 DL3006", "Dockerfile:7:5 DL3042");
    }

    @Test
    void unusedSuppressionsAreReportedButNotShellCheckCodesStacklintDoesNotHave() throws IOException {
        assertThat(lint("Dockerfile", """
                # hadolint ignore=SC2086,DL3007
                FROM python:3.12-slim
                # stacklint ignore=SL101, no-such-rule
                CMD ["python", "app.py"]
                """)).containsExactly("Dockerfile:1:26 SL006", "Dockerfile:3:20 SL006", "Dockerfile:3:27 SL006");
    }

    @Test
    void eslintAndDclintSpellingsSilenceTheirLineOnly() throws IOException {
        assertThat(lint("compose.yaml", """
                services:
                  web:
                    image: nginx  # stacklint-disable-line SL206
                  proxy:
                    # stacklint disable-next-line image-without-tag
                    image: httpd
                  cache:
                    image: caddy  # dclint disable-line
                  queue:
                    # dclint disable-next-line service-image-require-explicit-tag
                    image: traefik
                  edge:
                    image: haproxy
                """)).containsExactly("compose.yaml:13:12 SL206");
    }

    @Test
    void misspeltDirectivesAndUnknownRulesAreWarningsThatSayWhatWasMeant() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    # stacklint-disable-next-lines SL206
                    image: nginx
                  proxy:
                    # stacklint disable-next-line image-without-tags
                    image: httpd
                """);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), rule -> RULES.contains(rule.code()),
                Map.of(), dir));
        assertThat(r.findings()).extracting(f -> f.rule().code().equals("SL006") ? render(f) + " " + f.severity() + " " + f.message() : render(f)).containsExactly(
                "compose.yaml:3:5 SL006 WARNING 'stacklint-disable-next-lines' is not a suppression comment stacklint "
                        + "reads (did you mean 'stacklint-disable-next-line'?), so it silences nothing.",
                "compose.yaml:4:12 SL206",
                "compose.yaml:6:35 SL006 WARNING 'image-without-tags' is not a rule code or name (did you mean "
                        + "'image-without-tag'?), so this suppresses nothing; fix the spelling or remove it.",
                "compose.yaml:7:12 SL206");
    }
}
