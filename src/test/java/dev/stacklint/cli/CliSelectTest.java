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

/** {@code --select} / {@code --extend-select} / config {@code select}, and {@code rules --format json}. */
class CliSelectTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Two findings by default: DL3007 (:latest) at 1:6 and DL3025 (shell-form CMD) at 2:5. */
    private void dockerfile() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:latest\nCMD python app.py\n");
    }

    private List<String> rules(String... args) {
        return CliRun.findingPlaces(dir, args);
    }

    @Test
    void selectReplacesTheDefaultSetByCodeNameOrPrefix() throws IOException {
        dockerfile();
        assertThat(rules()).contains("DL3007@1:6", "DL3025@2:5");
        assertThat(rules("--select", "DL3007")).containsExactly("DL3007@1:6");
        assertThat(rules("--select", "json-form-cmd")).containsExactly("DL3025@2:5");
        assertThat(rules("--select", "DL300")).containsExactly("DL3007@1:6");
        assertThat(rules("--select", "DL3007,DL3025")).containsExactly("DL3007@1:6", "DL3025@2:5");
    }

    @Test
    void selectByCategoryKeepsParseErrors() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:latest\nFROBNICATE x\n");
        List<String> found = rules("--select", "security");
        assertThat(found).noneMatch(f -> f.startsWith("DL3007"));
        assertThat(found).anyMatch(f -> f.startsWith("SL004@2:1"));
    }

    /** A service that sets none of the hardening settings, runs as root and turns logging off. */
    private void bareService() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    user: root\n"
                + "    ports:\n      - \"8080:80\"\n    logging:\n      driver: none\n");
    }

    private static final List<String> HARDENING = List.of("SL250@2:3", "SL251@2:3", "SL252@2:3", "SL253@2:3",
            "SL254@2:3", "SL255@2:3", "SL256@6:9", "SL257@3:12", "SL258@8:15", "SL259@4:11");

    @Test
    void oneSwitchTurnsTheHardeningSetOn() throws IOException {
        bareService();
        assertThat(rules()).as("off by default").noneMatch(f -> f.startsWith("SL25"));
        assertThat(rules("--select", "hardening")).containsExactlyInAnyOrderElementsOf(HARDENING);
        assertThat(rules("--extend-select", "hardening")).containsAll(HARDENING);
        Files.writeString(dir.resolve(".stacklint.yaml"), "extend-select: [hardening]\n");
        assertThat(rules()).containsAll(HARDENING);
    }

    @Test
    void configSelectAndCommandLineExtendSelect() throws IOException {
        dockerfile();
        Files.writeString(dir.resolve(".stacklint.yaml"), "select: [DL3025]\n");
        assertThat(rules()).containsExactly("DL3025@2:5");
        assertThat(rules("--extend-select", "DL3007")).containsExactly("DL3007@1:6", "DL3025@2:5");
        assertThat(rules("--select", "DL3007")).containsExactly("DL3007@1:6");
    }

    @Test
    void anUnknownSelectorIsAUsageErrorWithDidYouMean() throws IOException {
        dockerfile();
        CliRun run = CliRun.of("--select", "secuirty", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule or category 'secuirty'").contains("did you mean 'security'");
    }

    @Test
    void anUnknownSelectorInConfigIsReportedAtItsPosition() throws IOException {
        dockerfile();
        Files.writeString(dir.resolve(".stacklint.yaml"), "extend-select:\n  - DL9999\n");
        CliRun run = CliRun.of(dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".stacklint.yaml:2:5").contains("unknown rule or category 'DL9999'");
    }

    @Test
    void rulesAsJsonListEveryRuleWithItsMetadata() throws IOException {
        CliRun run = CliRun.of("rules", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode rules = JSON.readTree(run.out()).get("rules");
        assertThat(rules.size()).isEqualTo(dev.stacklint.rules.BuiltinRules.all().size());
        JsonNode dl3007 = null;
        for (JsonNode r : rules) {
            if (r.get("code").asString().equals("DL3007")) {
                dl3007 = r;
            }
        }
        assertThat(dl3007).isNotNull();
        assertThat(dl3007.get("name").asString()).isEqualTo("image-latest-tag");
        assertThat(dl3007.get("category").asString()).isEqualTo("correctness");
        assertThat(dl3007.get("enabled").asBoolean()).isTrue();
        assertThat(dl3007.get("fixable").isNull()).isTrue();
        assertThat(dl3007.get("aliases").isArray()).isTrue();
    }
}
