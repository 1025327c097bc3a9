package dev.stacklint.rules.compose;

import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A placeholder is information, a real-looking literal a warning; both at the variable's line (the file runs an app,
 * so it is not one of backing services only, whose literals are all information).
 */
class HardcodedSecretTest {

    @TempDir
    Path dir;

    @Test
    void placeholdersAreInformationAndLiteralsWarnings() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  db:
                    image: postgres:16
                    environment:
                      POSTGRES_PASSWORD: changeme
                      REPLICA_PASSWORD: Zq8vT1mW
                  web:
                    image: example/shop:1.4
                """);
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), rule -> rule.code().equals("SL204"),
                Map.of(), dir));
        assertThat(r.findings()).extracting(f -> f.start().line() + ":" + f.start().column() + " " + f.severity())
                .containsExactly("5:7 INFO", "6:7 WARNING");
    }
}
