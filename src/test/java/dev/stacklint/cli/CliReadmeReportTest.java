package dev.stacklint.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports the README shows for the demo projects are what stacklint prints for them today. */
class CliReadmeReportTest {

    private static void readmeShowsTheReportOf(String project) throws IOException {
        String folder = "fixtures/projects/" + project;
        CliRun run = CliRun.of(folder);
        assertThat(run.err()).isEmpty();
        // the README shortens the paths to the project's folder
        String report = run.out().replace(Path.of(folder) + "/", "").strip();
        assertThat(Files.readString(Path.of("README.md"))).contains("```\n" + report + "\n```");
    }

    @Test
    void theTutorialsReport() throws IOException {
        readmeShowsTheReportOf("flask-postgres-tutorial");
    }

    @Test
    void theNginxFrontedVariantsReport() throws IOException {
        readmeShowsTheReportOf("flask-nginx-redis-mistakes");
    }
}
