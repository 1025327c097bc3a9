package dev.stacklint.rules.dockerfile;

import dev.stacklint.TestPaths;
import dev.stacklint.TestRules;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rules.data.LabelSchema;
import dev.stacklint.rules.data.Tables;
import dev.stacklint.shellcheck.ShellCheck;
import dev.stacklint.source.FileProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs all of hadolint's own spec cases (../shared/conformance/hadolint-cases.jsonl) and compares the outcome, with
 * {@code # hadolint ignore=} pragmas applied as hadolint does and each case's configuration (trusted registries,
 * label schema, ignored rules) handed to the rule as configuration would. Every case passes, is a listed departure,
 * or belongs to a rule listed as not on this branch; the figures are printed.
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
                    + " (rules/DL4006.md)"),
            new Departure("SC*", "Is aware of ARGS and ENV", "", "the case has no FROM, which Docker rejects; an ARG"
                    + " before the first FROM is not in a RUN's scope, so SL140 declares foo and another_foo as Docker"
                    + " would: not at all"),
            new Departure("SC*", "Can change the shell check to bash [ONBUILD variant of the test (RUN wrapped in"
                    + " ONBUILD)]", "", "an ONBUILD RUN runs in the child build with the image's SHELL, which this SHELL"
                    + " sets to bash, so $RANDOM is defined; hadolint reads triggers with sh"));

    /** Spec rules with no stacklint rule on this branch, each with the reason; their cases are counted apart. */
    private static final Map<String, String> NOT_HERE = Map.of();

    @Test
    void everyHadolintSpecCaseAgreesOrIsADecision() throws IOException {
        Path cases = TestPaths.shared("conformance/hadolint-cases.jsonl");

        Map<String, DockerfileRule> rules = BuiltinRules.all().stream()
                .filter(r -> r instanceof DockerfileRule && r.meta().code().startsWith("DL"))
                .map(r -> (DockerfileRule) r)
                .collect(Collectors.toMap(r -> r.meta().code(), Function.identity()));
        // hadolint's SC* cases run ShellCheck: SL140, when a shellcheck binary is on the PATH (CI installs one)
        if (ShellCheck.onPath().isPresent()) {
            rules.put("SC*", new ShellCheckRule());
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int total = 0;
        int notHere = 0;
        for (String line : Files.readAllLines(cases)) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            JsonNode c = json.readTree(line);
            String code = c.get("rule").asString();
            DockerfileRule rule = rules.get(code);
            if (rule == null && code.startsWith("SC")) {
                notHere++; // no shellcheck binary here: counted apart, as the figures line says
                continue;
            }
            if (rule == null) {
                assertThat(NOT_HERE).as("spec rule %s is implemented or listed in NOT_HERE", code).containsKey(code);
                notHere++;
                continue;
            }
            int[] t = tally.computeIfAbsent(code, k -> new int[3]);
            Configured configured = configure(rule, c.path("config"));
            int found = configured.off() ? 0
                    : RuleTester.runWithSuppressions(configured.rule(), configured.context(), c.get("dockerfile").asString()).size();
            boolean violation = c.get("expect").asString().equals("violation");
            boolean ok = c.has("count") ? found == c.get("count").asInt() : violation == (found > 0);
            if (DEPARTURES.stream().anyMatch(d -> d.matches(code, c))) {
                assertThat(ok).as("listed departure %s %s still departs", code, c.get("note").asString()).isFalse();
                t[2]++;
                continue;
            }
            if (ok) {
                t[0]++;
            } else {
                t[1]++;
                failures.add(code + " expected " + c.get("expect").asString()
                        + (c.has("count") ? " x" + c.get("count").asInt() : "") + ", found " + found + " ("
                        + c.get("note").asString() + (c.has("config") ? ", config " + c.get("config") : "") + "): "
                        + c.get("dockerfile").asString());
            }
        }
        tally.forEach((code, t) -> System.out.printf("hadolint parity %s: %d passed, %d failed, %d departing on"
                + " purpose%n", code, t[0], t[1], t[2]));
        int passed = tally.values().stream().mapToInt(t -> t[0]).sum();
        int departing = tally.values().stream().mapToInt(t -> t[2]).sum();
        System.out.printf("hadolint parity: %d of %d spec cases pass, %d depart on purpose (DEPARTURES), %d belong to"
                + " rules not on this branch or ShellCheck cases without a shellcheck binary%n", passed, total, departing,
                notHere);
        assertThat(tally).as("implemented DL rules with spec cases").isNotEmpty();
        assertThat(failures).isEmpty();
    }

    /** A rule as a case's hadolint configuration sets it up; {@code off} when the configuration ignores it. */
    private record Configured(DockerfileRule rule, RuleContext context, boolean off) {
    }

    /** Feeds a case's configuration to the rule: trusted registries, the label schema, ignored rules. */
    private static Configured configure(DockerfileRule rule, JsonNode config) {
        List<String> trusted = new ArrayList<>();
        Map<String, LabelSchema.Type> labels = new LinkedHashMap<>();
        boolean off = false;
        for (String key : config.propertyNames()) {
            JsonNode value = config.get(key);
            switch (key) {
                case "trustedRegistries" -> value.forEach(r -> trusted.add(r.asString()));
                case "label-schema" -> value.properties().forEach(e -> labels.put(e.getKey(),
                        LabelSchema.Type.of(e.getValue().asString()).orElseThrow()));
                case "strict-labels" -> {
                    // read with label-schema below
                }
                case "ignored" -> {
                    for (JsonNode ignored : value) {
                        off |= rule.meta().matches(ignored.asString());
                    }
                }
                default -> throw new AssertionError("a spec case's configuration has a key this test cannot feed: " + key);
            }
        }
        if (config.isEmpty()) {
            return new Configured(rule, TestRules.CONTEXT, off);
        }
        Tables tables = Tables.builtin().with(List.of(), List.of(), trusted)
                .withLabelSchema(new LabelSchema(labels, config.path("strict-labels").asBoolean(false)));
        return new Configured(rule, new RuleContext(tables, TestRules.REVIEWED_ON, FileProbe.DISK), off);
    }
}
