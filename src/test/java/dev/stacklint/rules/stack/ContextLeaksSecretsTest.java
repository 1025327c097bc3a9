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

/** What a fixture cannot hold: a context that is (or is not) a Git repository root, with a virtualenv in it. */
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

    @Test
    void aSecretFreeEnvFileIsQuietOnlyWhenARepositoryCommitsIt() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM php:8.4-apache\nCOPY docker/.env.production .env\n");
        Files.createDirectories(dir.resolve("docker"));
        Files.writeString(dir.resolve("docker/.env.production"), "APP_KEY=\nDB_PASSWORD=${DB_PASSWORD}\n");
        assertThat(lint()).as("outside a repository: a local file").extracting(f -> f.start().line()).containsExactly(2);

        Files.createDirectories(dir.resolve(".git"));
        assertThat(lint()).as("committed, no literal secret").isEmpty();

        Files.writeString(dir.resolve("docker/.env.production"), "APP_KEY=\nDB_PASSWORD=${DB_PASSWORD:-Xq7vR2mLp9TzW4kN}\n");
        assertThat(lint()).as("a literal secret as a reference's default").extracting(f -> f.start().line())
                .containsExactly(2);
    }
}
