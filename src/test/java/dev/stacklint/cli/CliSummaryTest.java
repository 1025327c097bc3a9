package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The files a report counts and lists include the app files and included Compose files that have findings. */
class CliSummaryTest {
    private static final Path LOOPBACK = Path.of("fixtures/projects/flask-postgres-tutorial-loopback");

    @Test
    void theSummaryCountsTheAppFileWithAFinding() {
        CliRun run = CliRun.of("--no-color", LOOPBACK.toString());
        assertThat(run.out().lines()).contains("13 problems in 3 files (2 errors, 9 warnings, 2 info, 0 style)");
    }

    @Test
    void theJsonFilesListHasTheAppFile() {
        CliRun run = CliRun.of("--format=json", LOOPBACK.toString());
        List<String> files = new ArrayList<>();
        JsonMapper.builder().build().readTree(run.out()).get("files").forEach(f -> files.add(f.asString()));
        assertThat(files).containsExactly(LOOPBACK.resolve("Dockerfile").toString(),
                LOOPBACK.resolve("app.py").toString(), LOOPBACK.resolve("docker-compose.yml").toString());
    }
}
