package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command lines that start compiling the Compose schema before the files are collected. */
class SchemaHeadStartTest {
    @TempDir
    Path dir;

    private static boolean likely(String... words) {
        return Main.likelyReadsCompose(Main.withDefaultSubcommand(words));
    }

    @Test
    void noPathLintsTheCurrentFolder() {
        assertThat(likely()).isTrue();
        assertThat(likely("--quiet")).isTrue();
    }

    @Test
    void aFolderOrAComposeNamedFileMayHoldCompose() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("app"));
        assertThat(likely(folder.toString())).isTrue();
        assertThat(likely("deploy/compose.prod.yaml")).isTrue();
        assertThat(likely("-f", "docker-compose.yml")).isTrue();
    }

    @Test
    void dockerfilesAloneNeverPayForTheSchema() {
        assertThat(likely("Dockerfile")).isFalse();
        assertThat(likely("api/Dockerfile", "web/Containerfile")).isFalse();
        assertThat(likely("--format", "json", "Dockerfile")).isFalse();
    }

    @Test
    void oneComposeFileAmongDockerfilesIsEnough() {
        assertThat(likely("Dockerfile", "compose.yaml")).isTrue();
    }
}
