package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SL208 and a build context in a git submodule: git leaves an empty folder for a submodule a clone did not
 * initialise (an empty folder cannot live in a fixture, so the layout is written here).
 */
class CliSubmoduleTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitmodules"), "[submodule \"api\"]\n\tpath = api\n\turl = https://example.com/api.git\n");
        Files.createDirectories(dir.resolve("api"));
        return Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    build:
                      context: ./api
                      dockerfile: Dockerfile.dev
                    image: example/api:dev
                """);
    }

    @Test
    void aDockerfileInAnEmptySubmoduleFolderIsNotReported() throws IOException {
        Path compose = project();
        CliRun run = CliRun.of("--no-color", "--select=SL208", compose.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("SL208");
    }

    @Test
    void aDockerfileMissingFromACheckedOutSubmoduleIsReported() throws IOException {
        Path compose = project();
        Files.writeString(dir.resolve("api/Gemfile"), "source 'https://rubygems.org'\n");
        CliRun run = CliRun.of("--no-color", "--select=SL208", compose.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("compose.yaml:5:19").contains("[SL208 ")
                .contains("there is no `Dockerfile.dev` in the build context `./api`");
    }
}
