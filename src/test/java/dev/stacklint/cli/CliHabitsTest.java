package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ESLint and hadolint habits: --quiet, --max-warnings, --color, --no-fail, --trusted-registry, hadolint-only codes. */
class CliHabitsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** DL3007 (warning) at 1:6 and, with DL3026 on, an untrusted registry (error) at 2:6. */
    private void dockerfile() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"),
                "FROM python:latest\nFROM registry.example.com/app:1.0\nUSER app\n");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(dir.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    private List<String> found(CliRun run) {
        List<String> found = new ArrayList<>();
        JSON.readTree(run.out()).get("findings").forEach(f -> found.add(f.get("rule").asString() + "@"
                + f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("severity").asString()));
        return found;
    }

    @Test
    void trustedRegistryOnTheCommandLineTurnsOnDl3026() throws IOException {
        dockerfile();
        CliRun run = run("--format=json", "--select=DL3007,DL3026", "--trusted-registry", "docker.io");
        assertThat(found(run)).containsExactly("DL3007@1:6 warning", "DL3026@2:6 error");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void quietShowsErrorsOnlyAndOnlyTheyFail() throws IOException {
        dockerfile();
        CliRun run = run("--format=json", "--quiet", "--select=DL3007,DL3026", "--trusted-registry", "docker.io");
        assertThat(found(run)).containsExactly("DL3026@2:6 error");
        assertThat(run.exitCode()).isEqualTo(1);
        run = run("--format=json", "-q", "--select=DL3007", "--failure-threshold=warning");
        assertThat(found(run)).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void maxWarningsFailsWhenThereAreMore() throws IOException {
        dockerfile();
        assertThat(run("--select=DL3007", "--max-warnings", "1").exitCode()).isZero();
        CliRun run = run("--select=DL3007", "--max-warnings=0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stacklint: 1 warnings, more than --max-warnings 0\n");
        assertThat(run("--max-warnings=-1").exitCode()).isEqualTo(2);
    }

    @Test
    void noFailExitsZeroWhateverIsFound() throws IOException {
        dockerfile();
        CliRun run = run("--format=json", "--no-fail", "--select=DL3026", "--trusted-registry=docker.io");
        assertThat(found(run)).containsExactly("DL3026@2:6 error");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void colorAlwaysPaintsAndNeverDoesNot() throws IOException {
        dockerfile();
        assertThat(run("--select=DL3007", "--color", "always").out()).contains("\u001b[33mwarning\u001b[0m");
        assertThat(run("--select=DL3007", "--color=never").out()).doesNotContain("\u001b[");
        assertThat(run("--select=DL3007", "--color=always", "--no-color").out()).doesNotContain("\u001b[");
        CliRun wrong = run("--color=sometimes");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("stacklint: --color must be always, never or auto, not 'sometimes'\n");
    }

    @Test
    void autoColourFollowsNoColorThenForceColor() {
        assertThat(Terminal.colours("auto", false, Map.of("FORCE_COLOR", "1"))).isTrue();
        assertThat(Terminal.colours("auto", false, Map.of("FORCE_COLOR", "0"))).isFalse();
        assertThat(Terminal.colours("auto", false, Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"))).isFalse();
        assertThat(Terminal.colours("never", false, Map.of("FORCE_COLOR", "1"))).isFalse();
        assertThat(Terminal.colours("always", false, Map.of("NO_COLOR", "1"))).isTrue();
    }

    @Test
    void hadolintRulesStacklintDoesNotHaveAreSkippedWithAWarning() throws IOException {
        dockerfile();
        Files.writeString(dir.resolve(".stacklint.yaml"), "ignore: [DL1000, SC2086]\n");
        CliRun run = run("--select=DL3007", "--ignore", "DL1000,SC2046", "--severity", "DL1000=off");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().map(l -> l.replace(dir.toString(), "D"))).containsExactly(
                "stacklint: warning: --severity: DL1000 is a hadolint rule stacklint does not have; skipped",
                "stacklint: warning: --ignore: DL1000 is a hadolint rule stacklint does not have; skipped",
                "D/.stacklint.yaml:1:10: warning: DL1000 is a hadolint rule stacklint does not have; skipped");
        assertThat(run("--ignore", "DL9999").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownRuleInASuppressionCommentSaysWhichWasMeantAndHadolintOnlyCodesAreSkipped() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\n# stacklint ignore=DL3o42,DL1000\nRUN pip install flask\n");
        CliRun run = run("--format=json", "--report-unused-suppressions", "--select=DL3042");
        assertThat(found(run)).containsExactly("SL006@2:20 warning", "DL3042@3:5 warning");
        assertThat(JSON.readTree(run.out()).get("findings").get(0).get("message").asString())
                .isEqualTo("'DL3o42' is not a rule code or name (did you mean 'DL3042'?), so this suppresses nothing; "
                        + "fix the spelling or remove it.");
    }

    @Test
    void usageErrorsAreOneLineAndAPointerToHelp() {
        CliRun run = CliRun.of("--severity", "SL003");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("stacklint: --severity SL003: give RULE=LEVEL, e.g. --severity SL003=warning\n"
                + "Run 'stacklint --help' for the options.\n");
        run = CliRun.of("-x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("stacklint: Unknown option: '-x'\nRun 'stacklint --help' for the options.\n");
        assertThat(run.out()).isEmpty();
    }
}
