package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code -f/--file} (Compose files merged into one project) and {@code --all-related}, end to end. */
class CliStackFilesTest {
    @TempDir
    Path dir;

    @Test
    void fileMergesComposeFilesIntoOneProjectAsDockerComposeDoes() throws IOException {
        Path base = Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n");
        Path db = Files.writeString(dir.resolve("db.yaml"), "services:\n  db:\n    image: postgres:16\n");
        CliRun alone = CliRun.of("--no-color", "--select=SL207", base.toString());
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.out()).contains("compose.yaml:4:").contains("[SL207 ");
        CliRun merged = CliRun.of("--no-color", "--select=SL207", "-f", base.toString(), "--file", db.toString());
        assertThat(merged.exitCode()).isZero();
        assertThat(merged.out()).doesNotContain("SL207").startsWith("No problems found");
    }

    @Test
    void allRelatedAlsoReportsTheFilesReadForContext() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("compose.yaml"),
                "services:\n  web:\n    build: .\n    # stacklint-disable-next-line SL002\n    image: web:1\n");
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\n");
        CliRun named = CliRun.of("--no-color", "--select=SL006", "--report-unused-suppressions", dockerfile.toString());
        assertThat(named.out()).doesNotContain("SL006").startsWith("No problems found in 1 file");
        CliRun all = CliRun.of("--no-color", "--select=SL006", "--report-unused-suppressions", "--all-related",
                dockerfile.toString());
        assertThat(all.out()).contains("compose.yaml:4:").contains("[SL006 ");
    }
}
