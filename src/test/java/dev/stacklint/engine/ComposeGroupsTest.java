package dev.stacklint.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeGroupsTest {
    private static Path p(String s) {
        return Path.of("/proj").resolve(s);
    }

    @Test
    void theDefaultFileIsLoadedWithItsOverrideAndOthersStandAlone() {
        List<List<Path>> groups = ComposeGroups.group(List.of(
                p("compose.override.yaml"), p("compose.prod.yaml"), p("compose.yaml"), p("sub/docker-compose.yml")));
        assertThat(groups).containsExactly(
                List.of(p("compose.yaml"), p("compose.override.yaml")),
                List.of(p("compose.prod.yaml")),
                List.of(p("sub/docker-compose.yml")));
    }

    @Test
    void composeYamlWinsOverDockerComposeYmlAndTakesTheFirstOverrideFound() {
        List<List<Path>> groups = ComposeGroups.group(List.of(p("docker-compose.yml"), p("compose.yaml"),
                p("docker-compose.override.yml")));
        assertThat(groups).containsExactly(List.of(p("compose.yaml"), p("docker-compose.override.yml")),
                List.of(p("docker-compose.yml")));
    }

    @Test
    void dockerComposeYmlComesBeforeDockerComposeYaml() {
        List<List<Path>> groups = ComposeGroups.group(List.of(p("docker-compose.yaml"), p("docker-compose.yml")));
        assertThat(groups).containsExactly(List.of(p("docker-compose.yml")), List.of(p("docker-compose.yaml")));
    }
}
