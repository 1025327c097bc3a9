package dev.stacklint.cli;

import dev.stacklint.report.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** --format, --output, explain and usage errors, end to end through the CLI. */
class CliOutputTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String STALE = """
            services:
              web:
                # stacklint-disable-next-line SL002
                image: nginx:1.27
            """;

    @TempDir
    Path dir;

    private Path compose() throws IOException {
        return Files.writeString(dir.resolve("compose.yaml"), STALE);
    }

    @Test
    void everyFormatIsSelectableAndNamesTheFinding() throws IOException {
        String file = compose().toString();
        for (OutputFormat f : OutputFormat.values()) {
            CliRun run = CliRun.of("--report-unused-suppressions", "--format", f.label(), file);
            assertThat(run.exitCode()).as(f.label()).isZero();
            assertThat(run.out()).as(f.label()).contains("SL006").contains("compose.yaml");
        }
        JsonNode sarif = JSON.readTree(CliRun.of("--report-unused-suppressions", "--format", "sarif", file).out());
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(35);
    }

    @Test
    void outputWritesTheReportToAFileAndTextToTheTerminal() throws IOException {
        Path report = dir.resolve("out/report.sarif");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "old");
        CliRun run = CliRun.of("--report-unused-suppressions", "--format", "sarif", "--output", report.toString(), compose().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(":3:35: info: The suppression of SL002").contains("1 problem in 1 file (0 errors, 0 warnings, 1 info, 0 style)");
        JsonNode sarif = JSON.readTree(Files.readString(report));
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results/0/ruleId").asString()).isEqualTo("SL006");
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertThat(left).as("no temporary file is left behind").containsExactly(report);
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUsageErrorAndLeavesWhatWasThere() throws IOException {
        assertThat(CliRun.of("--output", dir.resolve("no/such/folder/r.json").toString(), dir.toString()).exitCode()).isEqualTo(2);
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("keep.txt"), "keep");
        CliRun run = CliRun.of("--format", "json", "--output", occupied.toString(), compose().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: --output: cannot write").doesNotContain("Exception\n\tat");
        assertThat(occupied.resolve("keep.txt")).hasContent("keep");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void unusedSuppressionsAreOnlyReportedWhenAskedFor() throws IOException {
        CliRun quiet = CliRun.of("--no-color", compose().toString());
        assertThat(quiet.out()).isEqualTo("No problems found in 1 file.\n");
    }

    @Test
    void explainPrintsTheRuleDocByCodeOrName() {
        CliRun byCode = CliRun.of("explain", "SL006");
        assertThat(byCode.exitCode()).isZero();
        assertThat(byCode.out()).startsWith("# SL006 unused-suppression\n").contains("## How to silence");
        assertThat(CliRun.of("explain", "unused-suppression").out()).isEqualTo(byCode.out());
        CliRun unknown = CliRun.of("explain", "unused-supression");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("stacklint: unknown rule 'unused-supression' (did you mean 'unused-suppression'?)\n");
    }

    @Test
    void unknownRulesAndLevelsOnTheCommandLineAreUsageErrors() throws IOException {
        String file = compose().toString();
        CliRun ignore = CliRun.of("--ignore", "SL006,SL0O2", file);
        assertThat(ignore.exitCode()).isEqualTo(2);
        assertThat(ignore.err()).isEqualTo("stacklint: --ignore: unknown rule 'SL0O2' (did you mean 'SL002'?)\n");
        CliRun severity = CliRun.of("--severity", "SL006=loud", file);
        assertThat(severity.exitCode()).isEqualTo(2);
        assertThat(severity.err()).contains("--severity SL006=loud");
        assertThat(CliRun.of("--env", "staging", file).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--stdin-filename", "compose.yaml", file).exitCode()).isEqualTo(2);
    }

    @Test
    void severityAndThresholdOptionsDecideTheExitCode() throws IOException {
        String file = compose().toString();
        assertThat(CliRun.of("--report-unused-suppressions", file).exitCode()).isZero();
        assertThat(CliRun.of("--report-unused-suppressions", "--failure-threshold", "info", file).exitCode()).isEqualTo(1);
        CliRun error = CliRun.of("--report-unused-suppressions", "--severity", "unused-suppression=error", "--no-color", file);
        assertThat(error.exitCode()).isEqualTo(1);
        assertThat(error.out()).contains(":3:35: error: ");
        CliRun ignored = CliRun.of("--report-unused-suppressions", "--ignore", "SL006", "--failure-threshold", "style", "--no-color", file);
        assertThat(ignored.exitCode()).isZero();
        assertThat(ignored.out()).isEqualTo("No problems found in 1 file; 1 suppressed.\n");
    }

    @Test
    void theTextFormatShowsTheFirstOccurrenceOfADuplicate() throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.27
                    container_name: app
                  api:
                    image: nginx:1.27
                    container_name: app
                """);
        CliRun run = CliRun.of("--no-color", "--select=SL213", file.toString());
        assertThat(run.out().lines().toList()).element(1).asString()
                .startsWith("  related: ").endsWith("compose.yaml:4:21: `web` takes the name first");
    }
}
