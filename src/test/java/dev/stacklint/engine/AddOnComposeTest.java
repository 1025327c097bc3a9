package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compose files found by their content ({@code jibri.yml}, {@code scenarios/*.yml}) are add-ons: loaded over the
 * default project around them, as {@code docker compose -f docker-compose.yml -f jibri.yml} does, and reported
 * in themselves only. SL207 (undefined reference) and SL206 (image without tag) stand in for any rule.
 */
class AddOnComposeTest {
    private static final String BASE = """
            services:
              prosody:
                image: jitsi/prosody:12.0.1
                networks: [meet.jitsi]
            networks:
              meet.jitsi:
            """;
    private static final String ADD_ON = """
            services:
              jibri:
                image: jitsi/jibri
                depends_on: [prosody]
                networks: [meet.jitsi]
            """;

    @TempDir
    Path dir;

    private List<String> lint(Path... paths) {
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(paths), List.of(),
                r -> Set.of("SL206", "SL207").contains(r.code()), java.util.Map.of(), dir));
        return result.findings().stream().map(AddOnComposeTest::render).toList();
    }

    private static String render(Finding f) {
        return f.file().displayPath() + ":" + f.start().line() + ":" + f.start().column() + " " + f.rule().code();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void anAddOnBesideTheBaseFileSeesItsServicesAndNetworks() throws IOException {
        write("docker-compose.yml", BASE.replace("jitsi/prosody:12.0.1", "jitsi/prosody"));
        write("jibri.yml", ADD_ON);
        assertThat(lint(dir)).containsExactly("docker-compose.yml:3:12 SL206", "jibri.yml:3:12 SL206");
        assertThat(lint(dir.resolve("jibri.yml"))).as("named alone, as pre-commit passes it")
                .containsExactly("jibri.yml:3:12 SL206");
    }

    @Test
    void anAddOnInASubfolderIsLoadedOverTheProjectAbove() throws IOException {
        write("compose.yaml", BASE);
        write("scenarios/add-jibri.yml", ADD_ON);
        assertThat(lint(dir)).containsExactly("scenarios/add-jibri.yml:3:12 SL206");
    }

    @Test
    void anAddOnWithNoProjectAroundItStandsAlone() throws IOException {
        write("contrib/docker-compose/jibri.yml", ADD_ON);
        assertThat(lint(dir)).containsExactly("contrib/docker-compose/jibri.yml:3:12 SL206",
                "contrib/docker-compose/jibri.yml:4:18 SL207", "contrib/docker-compose/jibri.yml:5:16 SL207");
    }

    @Test
    void aFileTheProjectIncludesIsCheckedThereOnly() throws IOException {
        write("docker-compose.yml", BASE + "include:\n  - path: ./services/jibri.yaml\n");
        write("services/jibri.yaml", ADD_ON);
        assertThat(lint(dir)).containsExactly("services/jibri.yaml:3:12 SL206");
    }

    @Test
    void otherYamlIsNotReadAsComposeAndWorkflowsAreReadAsWorkflows() throws IOException {
        write("compose.yaml", BASE);
        write(".gitlab-ci.yml", "services: [postgres:17]\ntest:\n  services: [redis]\n  script: [make]\n");
        write("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n");
        write(".github/workflows/ci.yml", "on: push\njobs:\n  t:\n    services:\n      db:\n        image: postgres\n");
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(dir), dir));
        assertThat(result.files()).extracting(SourceFile::displayPath)
                .containsExactly(".github/workflows/ci.yml", ".gitlab-ci.yml", "compose.yaml");
        assertThat(result.findings()).extracting(f -> f.file().displayPath())
                .doesNotContain(".github/workflows/ci.yml", ".gitlab-ci.yml");
    }

    @Test
    void aNamedYamlFileThatIsNotComposeIsNotLintedAndSaysSo() throws IOException {
        write("deploy/ci.yml", "on: push\njobs: {}\n");
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(Path.of("deploy/ci.yml")), dir));
        assertThat(result.files()).isEmpty();
        assertThat(result.problems()).containsExactly(
                "deploy/ci.yml: not a Compose file (its top level is not Compose's); not linted");
    }

    @Test
    void aNamedWorkflowIsLintedAsAWorkflow() throws IOException {
        write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    steps:\n      - run: docker build -f"
                + " nope/Dockerfile .\n");
        LintResult result = TestRules.linter().lint(LintRequest.of(List.of(Path.of(".github/workflows/ci.yml")), dir));
        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.rule().code() + " " + f.file().displayPath() + ":"
                + f.start().line() + ":" + f.start().column()).containsExactly("SL318 .github/workflows/ci.yml:5:30");
    }
}
