package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cat docker-compose.yml | stacklint --stdin-filename docker-compose.yml -}, in-process. */
class CliStdinTest {
    @TempDir
    Path dir;

    @Test
    void standardInputReportsWhatLintingTheFileReports() throws IOException {
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), CliOutputTest.STALE);
        CliRun fromFile = CliRun.of("--report-unused-suppressions", "--format", "json", file.toString());
        CliRun fromStdin = CliRun.withStdin(CliOutputTest.STALE,
                "--report-unused-suppressions", "--format", "json", "--stdin-filename", file.toString(), "-");
        assertThat(fromFile.out()).contains("\"rule\" : \"SL006\"");
        assertThat(fromStdin.exitCode()).isEqualTo(fromFile.exitCode());
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    }

    @Test
    void standardInputGetsTheSameRuleFindingsAsTheFile() throws IOException {
        String compose = "version: \"3.8\"\nservices:\n  db:\n    image: postgres\n    depends_on: [cache]\n";
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), compose);
        CliRun fromFile = CliRun.of("--format", "gnu", file.toString());
        CliRun fromStdin = CliRun.withStdin(compose, "--format", "gnu", "--stdin-filename", file.toString(), "-");
        assertThat(fromFile.exitCode()).isEqualTo(1);
        assertThat(fromFile.out().lines().map(l -> l.replaceFirst("^.*docker-compose\\.yml:(\\S+): \\w+: .* \\[(\\S+) .*$", "$1 $2")))
                .containsExactly("1.1-1.8 SL202", "4.12-4.20 SL201", "4.12-4.20 SL206", "4.12-4.20 SL209", "5.18-5.23 SL207");
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
        assertThat(fromStdin.exitCode()).isEqualTo(fromFile.exitCode());
    }

    @Test
    void theTextReadReplacesTheFileOnDisk() throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), "services: {}\n");
        CliRun run = CliRun.withStdin(CliOutputTest.STALE,
                "--report-unused-suppressions", "--format", "gnu", "--stdin-filename", file.toString(), "-");
        assertThat(run.out()).contains("compose.yaml:3.35-3.40: info: The suppression of SL002");
    }

    @Test
    void standardInputNeedNotExistOnDiskAndTakesItsKindFromTheName() {
        CliRun run = CliRun.withStdin(CliOutputTest.STALE, "--report-unused-suppressions", "--format", "compact",
                "--stdin-filename", dir.resolve("new/compose.yml").toString(), "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("new/compose.yml: line 3, col 35, Info - The suppression of SL002 (duplicate-key)"
                + " silenced nothing on line 4; remove it. (SL006)\n");
        CliRun asDockerfile = CliRun.withStdin(CliOutputTest.STALE, "--report-unused-suppressions", "--format", "json",
                "--stdin-filename", dir.resolve("Dockerfile").toString(), "-");
        assertThat(asDockerfile.out()).as("a Dockerfile has no YAML comments").doesNotContain("SL006");
    }

    @Test
    void withoutANameStandardInputIsADockerfileNamedDash() {
        CliRun run = CliRun.withStdin("FROM python:3.12-slim\n", "--format", "json", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"files\" : [ \"-\" ]");
    }

    @Test
    void standardInputStandsForItsFileInTheStack() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n    ports: [\"8000:8000\"]\n");
        String gunicorn = "FROM python:3.12-slim\nUSER 65534\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n";
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), gunicorn);
        Files.writeString(dir.resolve("app.py"), "from flask import Flask\napp = Flask(__name__)\n");
        String flask = gunicorn.replace("\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"",
                "\"flask\", \"run\", \"--host=0.0.0.0\", \"--port=8000\"");
        assertThat(CliRun.of("--format", "compact", dockerfile.toString()).out()).isEmpty();
        CliRun run = CliRun.withStdin(flask, "--format", "compact", "--stdin-filename", dockerfile.toString(), "-");
        assertThat(run.out()).endsWith("Dockerfile: line 3, col 6, Warning - flask run is Flask's development server,"
                + " not meant for production; serve the app with gunicorn (e.g. `gunicorn --bind 0.0.0.0:8000 app:app`)"
                + " (SL302)\n");
    }

    @Test
    void withoutANameTheKindComesFromTheTextNeverFromAFileNamedDash() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(Files.exists(cwd.resolve("-"))).isFalse();
        CliRun compose = CliRun.withStdin("services:\n  db:\n    image: postgres\n", "--format", "gnu", "-");
        assertThat(compose.exitCode()).isZero();
        assertThat(compose.out().lines().map(l -> l.replaceFirst(": \\w+: .* \\[(\\S+) .*$", " $1")))
                .contains("-:3.12-3.20 SL206");
        CliRun include = CliRun.withStdin("include:\n  - ./db/compose.yaml\n", "--format", "json", "-");
        assertThat(include.out()).contains("\"files\" : [ \"-\" ]");
        CliRun dockerfile = CliRun.withStdin("# syntax=docker/dockerfile:1\nFROM python\n", "--format", "gnu", "-");
        assertThat(dockerfile.out()).startsWith("-:2.6-2.12: warning: image python has no tag");
    }

    @Test
    void standardInputThatIsNeitherSaysSo() {
        CliRun unnamed = CliRun.withStdin("hello: world\n", "--format", "json", "-");
        assertThat(unnamed.exitCode()).isZero();
        assertThat(unnamed.out()).contains("\"files\" : [ ]");
        assertThat(unnamed.err()).isEqualTo("stacklint: standard input: cannot tell whether it is a Dockerfile or a "
                + "Compose file (no FROM or ARG first, no top-level services: or include:); not linted. Name it with "
                + "--stdin-filename\n");
        CliRun named = CliRun.withStdin("just some notes\n", "--format", "compact", "--stdin-filename",
                dir.resolve("foo.txt").toString(), "-");
        assertThat(named.exitCode()).isZero();
        assertThat(named.err()).isEqualTo("stacklint: standard input (" + dir.resolve("foo.txt") + "): neither a "
                + "Dockerfile nor a Compose file by its name or its text; only the stack around it is checked\n");
    }

    @Test
    void aFolderWithNothingToLintSaysSo() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# nothing here\n");
        CliRun run = CliRun.of(dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("stacklint: no Dockerfile or Compose file under " + dir + "\n");
    }
}
