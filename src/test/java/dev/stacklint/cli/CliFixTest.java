package dev.stacklint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --fix}, {@code --unsafe-fixes} and {@code --diff}. */
class CliFixTest {
    @TempDir
    Path dir;

    /** SL202 (safe), SL003 `dependson` (safe), SL209 `POSTGRESPASSWORD` (unsafe). */
    private static final String COMPOSE = """
            # the demo stack
            version: "3.8"  # obsolete
            services:
              web:
                image: nginx:1.27
                dependson:
                  - db
              db:
                image: postgres:16
                environment:
                  POSTGRESPASSWORD: example
            """;

    private Path compose(String text) throws IOException {
        return Files.writeString(dir.resolve("compose.yaml"), text);
    }

    private CliRun run(String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "--no-color";
        args[1] = "--select=SL202,SL003,SL209";
        System.arraycopy(flags, 0, args, 2, flags.length);
        args[args.length - 1] = dir.toString();
        return CliRun.of(args);
    }

    @Test
    void fixAppliesTheSafeFixesAndSaysWhatIsLeft() throws IOException {
        Path file = compose(COMPOSE);
        CliRun fixed = run("--fix");
        assertThat(Files.readString(file)).isEqualTo("""
                # the demo stack
                services:
                  web:
                    image: nginx:1.27
                    depends_on:
                      - db
                  db:
                    image: postgres:16
                    environment:
                      POSTGRESPASSWORD: example
                """);
        assertThat(fixed.out()).contains("SL209").doesNotContain("SL202").doesNotContain("[SL003")
                .endsWith("Fixed 2 of 3 problems; 1 more with --unsafe-fixes.\n");

        CliRun again = run("--fix");
        assertThat(Files.readString(file)).as("a second --fix changes nothing").contains("POSTGRESPASSWORD")
                .doesNotContain("version");
        assertThat(again.out()).endsWith("Fixed 0 of 1 problem; 1 more with --unsafe-fixes.\n");
    }

    @Test
    void unsafeFixesWithFixApplyTheUnsafeOnesToo() throws IOException {
        Path file = compose(COMPOSE);
        CliRun fixed = run("--fix", "--unsafe-fixes");
        assertThat(fixed.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("POSTGRES_PASSWORD: example").contains("depends_on:");
        assertThat(fixed.out()).endsWith("No problems found in 1 file; 3 suppressed.\nFixed 3 of 3 problems.\n");
    }

    @Test
    void unsafeFixesAloneCountsThemAsFixable() throws IOException {
        compose(COMPOSE);
        assertThat(run().out()).endsWith("2 fixable with --fix; 1 more with --unsafe-fixes.\n");
        assertThat(run("--unsafe-fixes").out()).endsWith("3 fixable with --fix --unsafe-fixes.\n");
    }

    @Test
    void diffPrintsWhatFixWouldChangeAndWritesNothing() throws IOException {
        Path file = compose(COMPOSE);
        CliRun diff = run("--diff");
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(COMPOSE);
        assertThat(diff.out()).startsWith("--- a/").contains("compose.yaml\n+++ b/")
                .contains("@@ -1,9 +1,8 @@\n # the demo stack\n-version: \"3.8\"  # obsolete\n services:\n")
                .contains("-    dependson:\n+    depends_on:\n       - db\n");
        assertThat(diff.err()).isEqualTo("stacklint: --fix would apply 2 fixes in 1 file\n");

        assertThat(run("--fix").exitCode()).isZero(); // SL209 is left: a warning, below the failure threshold
        CliRun clean = run("--diff");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).isEqualTo("stacklint: nothing to fix\n");
    }

    @Test
    void crlfLineEndingsAreKept() throws IOException {
        Path file = compose(COMPOSE.replace("\n", "\r\n"));
        run("--fix", "--unsafe-fixes");
        String text = Files.readString(file);
        assertThat(text).startsWith("# the demo stack\r\nservices:\r\n").doesNotContain("version");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void anchorsAliasesAndInterpolationAreNeverEdited() throws IOException {
        String text = """
                version: "${COMPOSE_VERSION:-3}"
                x-base: &base
                  image: nginx:1.27
                  dependson: [db]
                services:
                  web: *base
                  db:
                    image: postgres:16
                    environment:
                      POSTGRES_PASSWORD: example
                """;
        Path file = compose(text);
        CliRun fixed = run("--fix", "--unsafe-fixes");
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(fixed.out()).contains("SL202");
    }

    @Test
    void aFileThatDoesNotParseIsNotFixed() throws IOException {
        String text = "version: '3'\nservices:\n  web:\n    image: nginx\n   bad: [\n";
        Path file = compose(text);
        run("--fix");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void fixOnStandardInputPrintsTheFixedTextAndReportsOnStandardError() {
        CliRun run = CliRun.withStdin("version: '3'\nservices:\n  web:\n    image: nginx:1.27\n",
                "--no-color", "--select=SL202", "--fix", "--stdin-filename", dir.resolve("compose.yaml").toString(), "-");
        assertThat(run.out()).isEqualTo("services:\n  web:\n    image: nginx:1.27\n");
        assertThat(run.err()).endsWith("No problems found in 1 file.\nFixed 1 of 1 problem.\n");
        assertThat(dir.resolve("compose.yaml")).doesNotExist();
    }

    @Test
    void theJsonReportCarriesEachFix() throws IOException {
        compose(COMPOSE);
        JsonNode findings = JsonMapper.builder().build().readTree(run("--format=json").out()).get("findings");
        JsonNode version = findings.get(0);
        assertThat(version.get("rule").asString()).isEqualTo("SL202");
        JsonNode fix = version.get("fix");
        assertThat(fix.get("safety").asString()).isEqualTo("safe");
        JsonNode edit = fix.get("edits").get(0);
        assertThat(edit.get("line").asInt() + ":" + edit.get("column").asInt() + "-" + edit.get("endLine").asInt()
                + ":" + edit.get("endColumn").asInt()).isEqualTo("2:1-3:1");
        assertThat(edit.get("replacement").asString()).isEmpty();
        assertThat(findings).filteredOn(f -> f.get("rule").asString().equals("SL209"))
                .allMatch(f -> f.get("fix").get("safety").asString().equals("unsafe"));
    }

    @Test
    void helpListsTheFixOptions() {
        assertThat(CliRun.of("--help").out()).contains("--fix").contains("--unsafe-fixes").contains("--diff");
        assertThat(CliRun.of("rules").out().lines().filter(l -> l.startsWith("SL202 "))).singleElement()
                .satisfies(l -> assertThat(l).matches("SL202 +obsolete-version-field +warning +style +yes +\\* .*"));
    }

    @Test
    void fixAndWriteBaselineDoNotMix() throws IOException {
        compose(COMPOSE);
        CliRun run = run("--fix", "--write-baseline", dir.resolve("b.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--write-baseline");
    }

    @Test
    void fixWithQuietFixesOnlyTheErrorsItShows() throws IOException {
        Path file = compose(COMPOSE);
        CliRun fixed = run("--fix", "--quiet");
        assertThat(fixed.exitCode()).isZero();
        assertThat(Files.readString(file)).as("SL003 (error) fixed, SL202 (warning) left as ESLint's --fix --quiet does")
                .contains("depends_on:").contains("version: \"3.8\"");
        assertThat(fixed.out()).doesNotContain("SL202").endsWith("No problems found in 1 file; 3 suppressed.\nFixed 1 of 1 problem.\n");
    }

    @Test
    void fixWithMaxWarningsCountsTheWarningsThatRemain() throws IOException {
        compose(COMPOSE);
        CliRun safe = run("--fix", "--max-warnings=0");
        assertThat(safe.exitCode()).as("SL209 is left").isEqualTo(1);
        assertThat(safe.err()).contains("stacklint: 1 warnings, more than --max-warnings 0");
        compose(COMPOSE);
        assertThat(run("--fix", "--unsafe-fixes", "--max-warnings=0").exitCode()).isZero();
    }

    @Test
    void fixWithBaselineLeavesTheRecordedFindingsAlone() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        compose(COMPOSE.replace("dependson", "depends_on"));
        assertThat(run("--write-baseline", baseline.toString()).exitCode()).isZero();
        Path file = compose(COMPOSE);
        CliRun fixed = run("--fix", "--baseline", baseline.toString());
        assertThat(Files.readString(file)).as("only the new finding is fixed").contains("depends_on:")
                .contains("version: \"3.8\"");
        assertThat(fixed.out()).endsWith("Fixed 1 of 1 problem.\n");
    }
}
