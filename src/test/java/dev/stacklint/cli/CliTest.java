package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void aMissingPathIsAUsageError() {
        CliRun run = CliRun.of(dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or folder").contains("nope");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--no-such-option", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void anUnknownFormatOrThresholdIsAUsageError() {
        assertThat(CliRun.of("--format", "yaml", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--failure-threshold", "fatal", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void anEmptyFolderIsClean() {
        CliRun run = CliRun.of("--no-color", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No problems found in 0 files.");
    }

    @Test
    void lintIsTheDefaultSubcommandAndExplicitLintWorksToo() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\n");
        CliRun implicit = CliRun.of("--format", "json", dir.toString());
        CliRun explicit = CliRun.of("lint", "--format", "json", dir.toString());
        assertThat(implicit.exitCode()).isZero();
        assertThat(implicit.out()).isEqualTo(explicit.out());
    }

    @Test
    void jsonListsTheFilesLinted() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\n");
        Files.createDirectories(dir.resolve("node_modules/x"));
        Files.writeString(dir.resolve("node_modules/x/Dockerfile"), "FROM x\n");
        JsonNode json = JsonMapper.builder().build().readTree(CliRun.of("--format", "json", dir.toString()).out());
        assertThat(json.get("files")).hasSize(1);
        assertThat(json.get("files").get(0).asString()).endsWith("Dockerfile").doesNotContain("node_modules");
        assertThat(json.get("findings").isArray()).isTrue();
        assertThat(json.get("version").asString()).isNotBlank();
    }

    @Test
    void rulesListsEveryRule() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        java.util.Set<String> listed = run.out().lines().skip(1)
                .map(l -> String.join(" ", java.util.Arrays.asList(l.strip().split("\\s+")).subList(0, 2)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(listed).as("one row per rule, its code then its name")
                .containsExactlyInAnyOrderElementsOf(dev.stacklint.rules.BuiltinRules.all().stream()
                        .map(r -> r.meta().code() + " " + r.meta().name()).toList());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("stacklint ");
    }
}
