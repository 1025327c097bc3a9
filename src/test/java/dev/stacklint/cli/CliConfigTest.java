package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** .stacklint.yaml and .hadolint.yaml through the CLI: found above each file, wrong ones exit 2 with their line. */
class CliConfigTest {
    @TempDir
    Path dir;

    @Test
    void aTypoedKeyExitsTwoNamingTheLine() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "# team settings\nfailure-treshold: warning\n");
        Files.writeString(dir.resolve("compose.yaml"), CliOutputTest.STALE);
        CliRun run = CliRun.of(dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).endsWith(".stacklint.yaml:2:1: unknown key 'failure-treshold' in the top level"
                + " (did you mean 'failure-threshold'?)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theConfigurationSetsSeveritiesAndTheThreshold() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yml"), "severity: {unused-suppression: warning}\nfailure-threshold: warning\n");
        Files.writeString(dir.resolve("compose.yaml"), CliOutputTest.STALE);
        CliRun run = CliRun.of("--report-unused-suppressions", "--no-color", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("compose.yaml:3:35: warning: The suppression of SL002");
        assertThat(CliRun.of("--report-unused-suppressions", "--failure-threshold", "error", dir.toString()).exitCode())
                .as("the command line wins").isZero();
    }

    @Test
    void overridesApplyToTheFilesTheyMatch() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), """
                overrides:
                  - files: ["legacy/**"]
                    ignore: [SL006]
                """);
        Files.createDirectories(dir.resolve("legacy"));
        Files.writeString(dir.resolve("legacy/compose.yaml"), CliOutputTest.STALE);
        Files.writeString(dir.resolve("compose.yaml"), CliOutputTest.STALE);
        CliRun run = CliRun.of("--report-unused-suppressions", "--format", "gnu", dir.toString());
        assertThat(run.out().lines().toList()).singleElement().satisfies(l -> assertThat(l).doesNotContain("legacy").contains("SL006"));
    }

    @Test
    void anExplicitConfigFileIsUsedInstead() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "ignore: [SL006]\n");
        Path team = Files.writeString(dir.resolve("team.yaml"), "severity: {SL006: error}\n");
        Files.writeString(dir.resolve("compose.yaml"), CliOutputTest.STALE);
        assertThat(CliRun.of("--report-unused-suppressions", "--config", team.toString(), dir.toString()).exitCode()).isEqualTo(1);
        CliRun missing = CliRun.of("--config", dir.resolve("nope.yaml").toString(), dir.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: no such configuration file");
    }

    @Test
    void aBrokenConfigurationIsAnErrorNotAStackTrace() throws IOException {
        Files.writeString(dir.resolve(".stacklint.yaml"), "ignore: [a, b\n  c: d: e\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\n");
        CliRun run = CliRun.of(dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches("(?s).*\\.stacklint\\.yaml:\\d+:\\d+: .*").doesNotContain("\tat ");
    }

    @Test
    void environmentsDecideWhichComposeFilesAreProductionAndEnvWins() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n    volumes:\n      - .:/app\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/app.py\"]\n");
        Files.writeString(dir.resolve("app.py"), "print('hi')\n");
        assertThat(CliRun.of("--format", "gnu", dir.toString()).out())
                .as("compose.yaml is production by its name").contains("compose.yaml:5.9-5.15: info: ").contains("SL205");
        Files.writeString(dir.resolve(".stacklint.yaml"), "environments:\n  development: [compose.yaml]\n");
        assertThat(CliRun.of("--format", "gnu", dir.toString()).out()).doesNotContain("SL205");
        assertThat(CliRun.of("--format", "gnu", "--env", "prod", dir.toString()).out()).contains("SL205");
    }

    @Test
    void configuredTableEntriesReachTheRules() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  db:\n    image: example/pg:16\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM example/old-base:1.2-slim\nUSER app\nCMD [\"run\"]\n");
        assertThat(CliRun.of("--format", "gnu", dir.toString()).out()).doesNotContain("SL201").doesNotContain("SL102");
        Files.writeString(dir.resolve(".stacklint.yaml"), """
                database-images:
                  - {images: [example/pg], product: PostgreSQL, kind: database, data: [/var/lib/postgresql/data]}
                deprecated-images:
                  - images: [example/old-base]
                    product: Example base
                    versions: [{version: "1.2", eol: "2023-06"}]
                    replacement: use example/base:2
                """);
        String out = CliRun.of("--format", "gnu", dir.toString()).out();
        assertThat(out).contains("compose.yaml:3.12-3.25: warning: `db` runs PostgreSQL with no volume on /var/lib/postgresql/data");
        assertThat(out).contains("Dockerfile:1.6-1.31: warning: `example/old-base:1.2-slim`: Example base 1.2 reached end of life"
                + " on 2023-06; use example/base:2 [SL102 deprecated-image]");
    }
}
