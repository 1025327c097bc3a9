package dev.stacklint.rules.stack;

import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a fixture cannot hold: a context that is a Git repository root and has a virtualenv in it. */
class ContextLeaksSecretsTest {
    @TempDir
    Path dir;

    private List<Finding> lint() {
        return TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), r -> r.code().equals("SL304"), Map.of(), dir))
                .findings();
    }

    @Test
    void gitFolderAndVirtualenvsInTheContextMustBeIgnored() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve(".venv"));
        Files.writeString(dir.resolve(".venv/pyvenv.cfg"), "home = /usr/bin\n");
        Files.writeString(dir.resolve(".dockerignore"), ".env\n");
        List<Finding> findings = lint();
        assertThat(findings).extracting(Finding::message).containsExactly("`COPY . .` would copy .git, .venv into the image:"
                + " .dockerignore does not exclude them; add them to .dockerignore");
        assertThat(findings.get(0).start().line()).isEqualTo(3);

        Files.writeString(dir.resolve(".dockerignore"), "**/.env\n.git/\n.venv\n");
        assertThat(lint()).isEmpty();
    }
}
