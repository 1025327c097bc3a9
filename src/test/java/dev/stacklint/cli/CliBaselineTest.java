package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --write-baseline}, {@code --baseline} and config {@code baseline}. */
class CliBaselineTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** With the two rules selected: DL3007 at 1:6 and DL3025 at 2:5, both warnings. */
    private static final String LEGACY = "FROM python:latest\nCMD python app.py\n";

    private Path dockerfile(String text) throws IOException {
        return Files.writeString(dir.resolve("Dockerfile"), text);
    }

    private CliRun lint(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--failure-threshold=warning";
        args[1] = "--no-color";
        args[2] = "--select=DL3007,DL3025";
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = dir.toString();
        return CliRun.of(args);
    }

    @Test
    void aBaselineHidesRecordedFindingsEvenWhenLinesMove() throws IOException {
        dockerfile(LEGACY);
        Path baseline = dir.resolve("stacklint-baseline.json");
        CliRun written = lint("--write-baseline", baseline.toString());
        assertThat(written.exitCode()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(written.err()).startsWith("stacklint: recorded 2 findings in " + baseline);
        JsonNode json = JSON.readTree(Files.readString(baseline));
        assertThat(json.get("findings")).extracting(e -> e.get("rule").asString() + " " + e.get("file").asString())
                .containsExactly("DL3007 Dockerfile", "DL3025 Dockerfile");

        CliRun clean = lint("--baseline", baseline.toString());
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).isEqualTo("No problems found in 1 file; 1 suppressed; 2 in the baseline.\n");

        // two lines inserted above, and a new finding: only the new one is reported
        dockerfile("# syntax=docker/dockerfile:1\n\nFROM python:latest\nCMD python app.py\nFROM node:latest\n");
        CliRun moved = lint("--baseline", baseline.toString(), "--format=json");
        assertThat(moved.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(moved.out()).get("findings"))
                .extracting(f -> f.get("rule").asString() + "@" + f.get("line").asInt() + ":" + f.get("column").asInt())
                .containsExactly("DL3007@5:6");
    }

    @Test
    void entriesThatMatchNothingAreCountedAsFixed() throws IOException {
        dockerfile(LEGACY);
        Path baseline = dir.resolve("baseline.json");
        assertThat(lint("--write-baseline", baseline.toString()).exitCode()).isZero();
        dockerfile("FROM python:3.12\nCMD python app.py\n");
        CliRun run = lint("--baseline", baseline.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No problems found in 1 file; 1 suppressed; 1 in the baseline.\n"
                + "1 baseline entry is fixed: rewrite the baseline (--write-baseline FILE).\n");
    }

    @Test
    void theConfigurationNamesTheBaselineRelativeToItsFolder() throws IOException {
        dockerfile(LEGACY);
        Files.createDirectories(dir.resolve("ci"));
        assertThat(lint("--write-baseline", dir.resolve("ci/baseline.json").toString()).exitCode()).isZero();
        Files.writeString(dir.resolve(".stacklint.yaml"), "baseline: ci/baseline.json\n");
        CliRun run = CliRun.of("--config", dir.resolve(".stacklint.yaml").toString(), "--failure-threshold=warning",
                "--select=DL3007,DL3025", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No problems found in 1 file; 1 suppressed; 2 in the baseline.\n");
    }

    @Test
    void aFileThatIsNotABaselineIsAUsageError() throws IOException {
        dockerfile(LEGACY);
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"findings\": 3}");
        CliRun run = lint("--baseline", wrong.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("stacklint: " + wrong + ": not a stacklint baseline (write one with --write-baseline)\n");
        run = lint("--baseline", dir.resolve("missing.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: " + dir.resolve("missing.json") + ": cannot read the baseline");
    }
}
