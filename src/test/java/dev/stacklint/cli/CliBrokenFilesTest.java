package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every unreadable or misleading file is a finding in that file; the others are still linted; never exit 2. */
class CliBrokenFilesTest {
    @TempDir
    Path dir;

    private void write(String path, byte[] bytes) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.write(dir.resolve(path), bytes);
    }

    @Test
    void eachBrokenFileIsReportedInItselfAndTheRestIsLinted() throws IOException {
        write("latin1/Dockerfile", "FROM python:3.12-slim\n# Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        write("latin1/compose.yaml", "services:\n  web:\n    image: \"nginx:1.27\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        write("utf16/Dockerfile", "\uFEFFFROM python:3.12-slim\n".getBytes(StandardCharsets.UTF_16LE));
        write("binary/Dockerfile", new byte[] {'F', 'R', 'O', 'M', ' ', 0, 1, 2});
        write("empty/compose.yaml", new byte[0]);
        write("comments/docker-compose.yml", "# later\n".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("link"));
        Files.createSymbolicLink(dir.resolve("link/compose.yaml"), Path.of("gone.yaml"));
        Files.createDirectories(dir.resolve("folder/Dockerfile"));
        write("good/Dockerfile", "FROM python:3.12-slim\nWORKDIR app\n".getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.of("--format", "gnu", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().map(l -> l.substring(l.indexOf(dir.getFileName().toString()) + dir.getFileName().toString().length() + 1))
                .map(l -> l.replaceFirst(": (error|warning|info): .*\\[(\\S+) .*$", " $1 $2")))
                .containsExactly(
                        "binary/Dockerfile:1.6-1.7 error SL007",
                        "comments/docker-compose.yml:1.1-1.1 error SL003",
                        "empty/compose.yaml:1.1-1.1 error SL003",
                        "good/Dockerfile:2.9-2.12 error DL3000",
                        "latin1/Dockerfile:2.6-2.7 warning SL007",
                        "latin1/compose.yaml:3.23-3.24 error SL007",
                        "link/compose.yaml:1.1-1.1 error SL007",
                        "utf16/Dockerfile:1.1-1.1 error SL007");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBrokenLinkNamedOnTheCommandLineIsAFindingNotAUsageError() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("Dockerfile"), Path.of("nowhere/Dockerfile"));
        CliRun run = CliRun.of("--format", "compact", link.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith("Dockerfile: line 1, col 1, Error - cannot read the file: it is a broken symbolic"
                + " link to `nowhere/Dockerfile` (SL007)\n");
    }
}
