package dev.stacklint.rules.dockerfile;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rules.data.TableRule;
import dev.stacklint.rules.data.Tables;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs hadolint's own spec cases (../shared/conformance/hadolint-cases.jsonl) for every DL rule in the registry
 * and compares the outcome, with {@code # hadolint ignore=} pragmas applied as hadolint does. Cases that need a
 * hadolint configuration are skipped, except trusted registries, which configuration hands to the rule.
 */
class HadolintParityTest {
    /**
     * Spec cases stacklint departs from on purpose: the rule, the case's note, text its Dockerfile holds (empty for
     * any) and the reason. A listed case must really depart, so the list cannot go stale.
     */
    private record Departure(String rule, String note, String dockerfileHolds, String reason) {
        boolean matches(String code, JsonNode c) {
            return rule.equals(code) && note.equals(c.get("note").asString())
                    && c.get("dockerfile").asString().contains(dockerfileHolds);
        }
    }

    private static final List<Departure> DEPARTURES = List.of(
            new Departure("DL3002", "warns on multiple stages", "", "a builder stage that ends as root runs nothing;"
                    + " DL3002 judges the image a container runs (issue 8, class 5)"),
            new Departure("DL3064", "not ok: ARG with sensitive data", "AWS_ACCESS_KEY_ID", "an access key ID names the"
                    + " key, it is not the secret; AWS_SECRET_ACCESS_KEY is (rules/DL3064.md)"),
            new Departure("DL3064", "not ok: ENV with sensitive data", "AWS_ACCESS_KEY_ID", "the same, for ENV"),
            new Departure("DL3064", "not ok: ARG with sensitive data [ONBUILD variant of the test (RUN wrapped in"
                    + " ONBUILD)]", "AWS_ACCESS_KEY_ID", "the same, in ONBUILD"),
            new Departure("DL3064", "not ok: ENV with sensitive data [ONBUILD variant of the test (RUN wrapped in"
                    + " ONBUILD)]", "AWS_ACCESS_KEY_ID", "the same, in ONBUILD"),
            new Departure("DL3025", "warn on HEALTHCHECK CMD shell notation", "", "a shell-form HEALTHCHECK is no"
                    + " process 1 waiting for signals; hadolint's docs name CMD and ENTRYPOINT only (rules/DL3025.md)"),
            new Departure("DL4006", "Comments with backslashes at the end are just comments [regression test]",
                    "echo \"kaka\" |", "the case pipes echo, which cannot fail, so the pipe hides nothing"
                    + " (rules/DL4006.md)"));

    @Test
    void everyImplementedHadolintRuleAgreesWithItsSpecCases() throws IOException {
        Path cases = TestPaths.shared("conformance/hadolint-cases.jsonl");

        Map<String, DockerfileRule> rules = TestRules.all().stream()
                .filter(r -> r instanceof DockerfileRule && r.meta().code().startsWith("DL"))
                .map(r -> (DockerfileRule) r)
                .collect(Collectors.toMap(r -> r.meta().code(), Function.identity()));
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            DockerfileRule rule = rules.get(c.get("rule").asString());
            if (rule == null) {
                continue;
            }
            int[] t = tally.computeIfAbsent(rule.meta().code(), k -> new int[3]);
            DockerfileRule configured = rule;
            if (c.has("config")) {
                JsonNode config = c.get("config");
                if (config.size() != 1 || !config.has("trustedRegistries") || !(rule instanceof TableRule tr)) {
                    t[2]++;
                    continue;
                }
                List<String> trusted = new ArrayList<>();
                config.get("trustedRegistries").forEach(r -> trusted.add(r.asString()));
                configured = (DockerfileRule) tr.withTables(Tables.builtin().with(List.of(), List.of(), trusted));
            }
            int found = RuleTester.runWithSuppressions(configured, c.get("dockerfile").asString()).size();
            boolean violation = c.get("expect").asString().equals("violation");
            boolean ok = c.has("count") ? found == c.get("count").asInt() : violation == (found > 0);
            String code = rule.meta().code();
            if (DEPARTURES.stream().anyMatch(d -> d.matches(code, c))) {
                assertThat(ok).as("listed departure %s %s still departs", code, c.get("note").asString()).isFalse();
                t[2]++;
                continue;
            }
            if (ok) {
                t[0]++;
            } else {
                t[1]++;
                failures.add(rule.meta().code() + " expected " + c.get("expect").asString()
                        + (c.has("count") ? " x" + c.get("count").asInt() : "") + ", found " + found + " ("
                        + c.get("note").asString() + "): " + c.get("dockerfile").asString());
            }
        }
        tally.forEach((code, t) -> System.out.printf("hadolint parity %s: %d passed, %d failed, %d skipped or"
                + " departing on purpose%n", code, t[0], t[1], t[2]));
        assertThat(tally).as("implemented DL rules with spec cases").isNotEmpty();
        assertThat(failures).isEmpty();
    }
}
