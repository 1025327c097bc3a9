package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alias (a BuildKit check name, a Trivy or Checkov ID) stands for its rule wherever a code or name does:
 * {@code --select}, config {@code select} and {@code ignore}, suppression comments; {@code rules --format json}
 * lists it.
 */
class CliAliasTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** SL117 (BuildKit's UndefinedVar) at 2:10 and SL133 (Trivy's DS004, Checkov's CKV_DOCKER_1) at 3:8. */
    private static final String DOCKERFILE = "FROM alpine:3.20\nCOPY app-$VERSION.tar /opt/\nEXPOSE 22\n";

    @TempDir
    Path dir;

    private List<String> findings(String... args) {
        return CliRun.findingPlaces(dir, args);
    }

    @Test
    void anAliasSelectsItsRule() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        assertThat(findings("--select", "SL117,SL133")).containsExactly("SL117@2:10", "SL133@3:8");
        assertThat(findings("--select", "UndefinedVar")).containsExactly("SL117@2:10");
        assertThat(findings("--select", "DS004")).containsExactly("SL133@3:8");
        Files.writeString(dir.resolve(".stacklint.yaml"), "select: [CKV_DOCKER_1, UndefinedVar]\n");
        assertThat(findings()).containsExactly("SL117@2:10", "SL133@3:8");
    }

    @Test
    void anAliasInTheConfigIgnoreListSilencesItsRule() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        Files.writeString(dir.resolve(".stacklint.yaml"), "select: [SL117, SL133]\nignore: [UndefinedVar]\n");
        assertThat(findings()).containsExactly("SL133@3:8");
        Files.writeString(dir.resolve(".stacklint.yaml"), "select: [SL117, SL133]\nignore: [DS004]\n");
        assertThat(findings()).containsExactly("SL117@2:10");
    }

    /** ({@code # hadolint ignore=} takes hadolint's codes only, as hadolint does: a name there is SL006's mistake.) */
    @Test
    void anAliasInASuppressionCommentSilencesItsRule() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\n# stacklint ignore=UndefinedVar\n"
                + "COPY app-$VERSION.tar /opt/\n# stacklint-disable-next-line CKV_DOCKER_1\nEXPOSE 22\n");
        assertThat(findings("--select", "SL117,SL133")).isEmpty();
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\n# stacklint global ignore=DS004\n"
                + "# check=skip=UndefinedVar\nCOPY app-$VERSION.tar /opt/\nEXPOSE 22\n");
        assertThat(findings("--select", "SL117,SL133")).isEmpty();
    }

    @Test
    void rulesAsJsonListTheAliases() throws IOException {
        CliRun run = CliRun.of("rules", "--format", "json");
        assertThat(run.exitCode()).isZero();
        List<String> sl117 = new ArrayList<>();
        List<String> sl133 = new ArrayList<>();
        for (JsonNode r : JSON.readTree(run.out()).get("rules")) {
            List<String> into = switch (r.get("code").asString()) {
                case "SL117" -> sl117;
                case "SL133" -> sl133;
                default -> null;
            };
            if (into != null) {
                r.get("aliases").forEach(a -> into.add(a.asString()));
            }
        }
        assertThat(sl117).containsExactly("UndefinedVar");
        assertThat(sl133).containsExactlyInAnyOrder("CKV_DOCKER_1", "DS004");
    }
}
