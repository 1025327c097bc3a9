package dev.stacklint.config;

import dev.stacklint.TestPaths;
import dev.stacklint.project.Environment;
import dev.stacklint.project.EnvironmentPolicy;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.DatabaseImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StacklintConfigTest {
    private static final RuleMeta UNUSED = ParseRules.UNUSED_SUPPRESSION.meta();
    private static final RuleMeta YAML = ParseRules.YAML_SYNTAX.meta();
    private static final RuleMeta SCHEMA = ParseRules.COMPOSE_SCHEMA.meta();

    @TempDir
    Path dir;

    private StacklintConfig read(String yaml) throws IOException {
        Path file = dir.resolve(".stacklint.yaml");
        Files.writeString(file, yaml);
        return StacklintConfig.read(file, ".stacklint.yaml");
    }

    private String problem(String yaml) {
        return assertThatThrownBy(() -> read(yaml)).isInstanceOf(ConfigException.class).actual().getMessage();
    }

    @Test
    void aTypoedKeyIsNamedWithItsLineColumnAndTheKeyMeant() {
        assertThat(problem("failure-threshold: warning\nignor: [SL006]\n"))
                .isEqualTo(".stacklint.yaml:2:1: unknown key 'ignor' in the top level (did you mean 'ignore'?)");
        assertThat(problem("overrides:\n  - file: ['*.yml']\n    ignore: [SL006]\n"))
                .isEqualTo(".stacklint.yaml:2:5: unknown key 'file' in overrides[0] (did you mean 'files'?)\n"
                        + ".stacklint.yaml:2:5: overrides[0]: missing the key 'files'");
    }

    @Test
    void aWrongTypeOrValueIsNamedWithItsPosition() {
        assertThat(problem("ignore: SL006\n")).isEqualTo(".stacklint.yaml:1:9: ignore: expected a list, found a string");
        assertThat(problem("severity:\n  SL006: loud\n"))
                .isEqualTo(".stacklint.yaml:2:10: severity.SL006: must be one of [error, warning, info, style, off]");
        assertThat(problem("failure-threshold: 3\n"))
                .startsWith(".stacklint.yaml:1:20: failure-threshold: must be one of [error, warning, info, style, none]");
        assertThat(problem("- ignore\n")).isEqualTo(".stacklint.yaml:1:1: the top level: expected a mapping, found a list");
    }

    @Test
    void anUnknownRuleIsAProblemWithASuggestion() {
        assertThat(problem("ignore:\n  - SL0O6\n")).isEqualTo(".stacklint.yaml:2:5: unknown rule 'SL0O6' (did you mean 'SL006'?)");
        assertThat(problem("severity:\n  yaml-syntx: off\n"))
                .isEqualTo(".stacklint.yaml:2:3: unknown rule 'yaml-syntx' (did you mean 'yaml-syntax'?)");
        assertThat(problem("overrides:\n  - files: ['[']\n")).startsWith(".stacklint.yaml:2:13: not a valid glob");
    }

    @Test
    void badYamlAndRepeatedKeysAreProblemsWithPositions() {
        assertThat(problem("ignore: [SL006\n")).startsWith(".stacklint.yaml:2:1: ");
        assertThat(problem("ignore: []\nignore: [SL001]\n")).isEqualTo(".stacklint.yaml:2:1: 'ignore' is given twice");
    }

    @Test
    void aHostileFileStopsAtTheYamlReadersLimitsWithAPosition() {
        assertThat(problem("ignore: " + "[".repeat(5000) + "]".repeat(5000) + "\n"))
                .isEqualTo(".stacklint.yaml:1:208: the document nests deeper than 200 levels (limits.yaml-depth)");
        assertThat(problem("ignore: &a [*a]\n"))
                .isEqualTo(".stacklint.yaml:1:1: an alias refers to a node that contains it (a recursive structure)");
        assertThat(problem("ignore: []\n---\nignore: []\n"))
                .isEqualTo(".stacklint.yaml:3:1: a second YAML document: a configuration file holds one");
    }

    @Test
    @Timeout(10)
    void anAliasBombIsRefusedInAConfigurationFilesWordsAtItsTopLevelKey() {
        StringBuilder yaml = new StringBuilder("x-a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x-a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        // no `limits.yaml-nodes` in the message: that setting raises the budget for Compose files, not this one
        assertThat(problem(yaml.toString())).isEqualTo(".stacklint.yaml:7:1: the configuration file expands to more than"
                + " 1000000 nodes (aliases expanded); it is not read past here");
    }

    @Test
    void anEmptyFileIsAnEmptyConfiguration() throws IOException {
        StacklintConfig c = read("");
        assertThat(c.levels()).isEmpty();
        assertThat(c.failureThreshold()).isEmpty();
    }

    @Test
    void ignoreAndSeverityByCodeOrNameAndOverridesWinForTheirFiles() throws IOException {
        StacklintConfig c = read("""
                ignore: [unused-suppression]
                severity:
                  SL001: warning
                  compose-schema: off
                failure-threshold: none
                overrides:
                  - files: ["deploy/**", "compose.prod.yaml"]
                    severity: {SL006: error}
                  - files: ["deploy/legacy/*.yml"]
                    ignore: [SL006]
                """);
        assertThat(c.level(UNUSED, dir.resolve("compose.yaml"))).contains(Level.OFF);
        assertThat(c.level(UNUSED, dir.resolve("deploy/compose.yaml"))).contains(Level.ERROR);
        assertThat(c.level(UNUSED, dir.resolve("sub/compose.prod.yaml"))).contains(Level.ERROR);
        assertThat(c.level(UNUSED, dir.resolve("deploy/legacy/docker-compose.yml"))).contains(Level.OFF);
        assertThat(c.level(YAML, dir.resolve("deploy/compose.yaml"))).contains(Level.WARNING);
        assertThat(c.level(SCHEMA, dir.resolve("compose.yaml"))).contains(Level.OFF);
        assertThat(c.level(ParseRules.DUPLICATE_KEY.meta(), dir.resolve("compose.yaml"))).isEmpty();
        assertThat(c.failureThreshold()).contains(FailureThreshold.NEVER);
    }

    @Test
    void environmentsClassifyComposeFilesAndProfilesOverTheNameHeuristics() throws IOException {
        read("""
                environments:
                  production: ["docker-compose.devops.yml", "deploy/**/*.yml"]
                  development:
                    files: ["compose.staging.yaml"]
                    profiles: [tools]
                """);
        EnvironmentPolicy policy = ConfigResolver.discovering(dir).environmentPolicy(
                List.of(ConfigResolver.discovering(dir).forFile(dir.resolve("compose.yaml"))));
        assertThat(policy.of(dir.resolve("docker-compose.devops.yml"))).isEqualTo(Environment.PRODUCTION);
        assertThat(policy.of(dir.resolve("sub/docker-compose.devops.yml"))).isEqualTo(Environment.PRODUCTION);
        assertThat(policy.of(dir.resolve("deploy/eu/dev.yml"))).isEqualTo(Environment.PRODUCTION);
        assertThat(policy.of(dir.resolve("compose.staging.yaml"))).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(dir.resolve("compose.override.yaml"))).as("by name").isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(dir.resolve("compose.yaml"))).as("by name").isEqualTo(Environment.UNKNOWN);
        assertThat(policy.of(dir.resolve("compose.production.yaml"))).as("by name").isEqualTo(Environment.PRODUCTION);
        assertThat(policy.isDevelopmentName("tools")).isTrue();
        assertThat(policy.isDevelopmentName("debug")).as("by name").isTrue();
        assertThat(policy.isDevelopmentName("web")).isFalse();
    }

    @Test
    void globsInTheConfigurationFolderNameAreTakenLiterally() throws IOException {
        Path odd = Files.createDirectories(dir.resolve("we[ir]d {x}"));
        Files.writeString(odd.resolve(".stacklint.yaml"), "environments: {development: [prod.yml]}\n");
        EnvironmentPolicy policy = ConfigResolver.discovering(odd).environmentPolicy(
                List.of(ConfigResolver.discovering(odd).forFile(odd.resolve("prod.yml"))));
        assertThat(policy.of(odd.resolve("prod.yml"))).isEqualTo(Environment.DEVELOPMENT);
        assertThat(policy.of(dir.resolve("prod.yml"))).isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void registriesAndTableEntriesAreReadInTheTablesOwnShape() throws IOException {
        StacklintConfig c = read("""
                trusted-registries: [docker.io, "registry.example.com:5000"]
                deprecated-images:
                  - images: [example/old-base]
                    product: Example base
                    versions:
                      - {version: "1.2", eol: "2023-06"}
                    replacement: use example/base:2
                database-images:
                  - images: [example/pg]
                    product: PostgreSQL
                    kind: database
                    data: [/var/lib/postgresql/data]
                    data_env: PGDATA
                """);
        assertThat(c.trustedRegistries()).containsExactly("docker.io", "registry.example.com:5000");
        assertThat(c.deprecatedImages()).singleElement().satisfies(e -> {
            assertThat(e.images()).containsExactly("example/old-base");
            assertThat(e.versions()).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo("1.2"));
            assertThat(e.replacement()).contains("use example/base:2");
        });
        assertThat(c.databaseImages()).containsExactly(new DatabaseImages.Entry(List.of("example/pg"), "PostgreSQL",
                DatabaseImages.Kind.DATABASE, List.of("/var/lib/postgresql/data"), Optional.of("PGDATA")));
    }

    @Test
    void tableEntriesAreCheckedLikeEverythingElse() {
        assertThat(problem("database-images:\n  - images: [x]\n    product: X\n"))
                .isEqualTo(".stacklint.yaml:2:5: database-images[0]: missing the key 'kind'");
        assertThat(problem("database-images:\n  - {images: [x], product: X, kind: queue}\n"))
                .isEqualTo(".stacklint.yaml:2:37: database-images[0].kind: must be one of [database, cache, search, broker]");
        assertThat(problem("deprecated-images:\n  - images: [x]\n    product: X\n    versions: [{version: 3.10, eol: 2024-13}]\n"))
                .isEqualTo(".stacklint.yaml:4:26: deprecated-images[0].versions[0].version: expected a string, found a number\n"
                        + ".stacklint.yaml:4:37: deprecated-images[0].versions[0].eol: expected a date, YYYY-MM-DD or YYYY-MM");
        assertThat(problem("deprecated-images:\n  - {images: [x], product: X, versions: [{version: \"1\", eol: 2024-02-31}]}\n"))
                .startsWith(".stacklint.yaml:2:5: deprecated-images[0]: end-of-life date must be YYYY-MM-DD or YYYY-MM: 2024-02-31");
    }

    @Test
    void theReadmeExampleIsAValidConfiguration() throws IOException {
        String readme = Files.readString(TestPaths.root().resolve("README.md"));
        int section = readme.indexOf("## Configuration");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        StacklintConfig c = read(readme.substring(start, readme.indexOf("```", start)));
        assertThat(c.levels()).isNotEmpty();
        assertThat(c.overrides()).isNotEmpty();
        assertThat(c.deprecatedImages()).isNotEmpty();
        assertThat(c.databaseImages()).isNotEmpty();
    }

    @Test
    void levelsMapToSeverities() {
        assertThat(Level.parse("warn")).contains(Level.WARNING);
        assertThat(Level.OFF.severity()).isEmpty();
        assertThat(Level.STYLE.severity()).contains(Severity.STYLE);
    }
}
