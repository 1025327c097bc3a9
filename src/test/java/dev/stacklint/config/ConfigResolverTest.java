package dev.stacklint.config;

import dev.stacklint.project.Environment;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigResolverTest {
    private static final RuleMeta UNUSED = ParseRules.UNUSED_SUPPRESSION.meta();

    @TempDir
    Path dir;

    private Path write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void theNearestConfigurationAboveAFileAppliesUpToTheRepositoryRoot() throws IOException {
        write("outside/.stacklint.yaml", "ignore: [SL006]\n");
        Files.createDirectories(dir.resolve("outside/repo/.git"));
        write("outside/repo/.stacklint.yml", "severity: {SL006: error}\n");
        write("outside/repo/svc/.stacklint.yaml", "severity: {SL006: style}\n");
        ConfigResolver resolver = ConfigResolver.discovering(dir);

        assertThat(resolver.forFile(dir.resolve("outside/repo/svc/deep/compose.yaml")).severity(UNUSED, Severity.INFO))
                .contains(Severity.STYLE);
        assertThat(resolver.forFile(dir.resolve("outside/repo/other/compose.yaml")).severity(UNUSED, Severity.INFO))
                .contains(Severity.ERROR);
        Files.delete(dir.resolve("outside/repo/.stacklint.yml"));
        assertThat(ConfigResolver.discovering(dir).forFile(dir.resolve("outside/repo/other/compose.yaml")).config())
                .as("the walk stops at the repository root").isEmpty();
        assertThat(ConfigResolver.discovering(dir).forFile(dir.resolve("outside/compose.yaml")).severity(UNUSED, Severity.INFO))
                .isEmpty();
    }

    @Test
    void theCommandLineWinsOverTheConfigurationFile() throws IOException {
        Path config = write("conf/team.yaml", "severity: {SL006: error}\nfailure-threshold: warning\n");
        write("app/.stacklint.yaml", "ignore: [SL006]\n");
        CommandLineSettings cli = new CommandLineSettings(Optional.of(Path.of("conf/team.yaml")),
                Map.of(ParseRules.YAML_SYNTAX.meta(), Level.OFF), Optional.of(FailureThreshold.of(Severity.INFO)),
                Optional.of(Environment.DEVELOPMENT));
        FileSettings s = new ConfigResolver(dir, cli).forFile(dir.resolve("app/compose.yaml"));

        assertThat(s.config()).map(StacklintConfig::file).contains(config);
        assertThat(s.severity(UNUSED, Severity.INFO)).as("--config replaces the file found by walking up").contains(Severity.ERROR);
        assertThat(s.severity(ParseRules.YAML_SYNTAX.meta(), Severity.ERROR)).isEmpty();
        assertThat(s.failureThreshold(UNUSED).fails(Severity.INFO)).isTrue();
        assertThat(new ConfigResolver(dir, cli).environmentPolicy(List.of(s)).of(dir.resolve("compose.prod.yaml")))
                .as("--env wins over names and configuration").isEqualTo(Environment.DEVELOPMENT);
    }

    @Test
    void aMissingOrBrokenConfigFileIsAnError() throws IOException {
        CommandLineSettings missing = new CommandLineSettings(Optional.of(Path.of("nope.yaml")), Map.of(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> new ConfigResolver(dir, missing)).isInstanceOf(ConfigException.class)
                .hasMessage("nope.yaml: no such configuration file");
        write("svc/.stacklint.yaml", "ignroe: []\n");
        assertThatThrownBy(() -> ConfigResolver.discovering(dir).forFile(dir.resolve("svc/compose.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("svc/.stacklint.yaml:1:1: unknown key 'ignroe' in the top level (did you mean 'ignore'?)");
    }

    @Test
    void hadolintSettingsApplyToDlRulesOnlyAndItsOtherKeysAreLeftAlone() throws IOException {
        write(".hadolint.yaml", """
                ignored: [DL9999, SL006]
                override:
                  error: [unused-suppression]
                failure-threshold: warning
                trustedRegistries: [docker.io]
                label-schema: {maintainer: text}
                strict-labels: true
                """);
        write(".stacklint.yaml", "trusted-registries: [ghcr.io, docker.io]\n");
        FileSettings s = ConfigResolver.discovering(dir).forFile(dir.resolve("Dockerfile"));
        assertThat(s.hadolint()).isPresent();
        assertThat(s.hadolint().get().levels()).as("no DL rule named here is one stacklint has").isEmpty();
        assertThat(s.severity(UNUSED, Severity.INFO)).contains(Severity.INFO);
        assertThat(s.failureThreshold(UNUSED)).as("hadolint's threshold is for DL rules").isEqualTo(FailureThreshold.DEFAULT);
        assertThat(s.trustedRegistries()).containsExactly("ghcr.io", "docker.io");
    }

    @Test
    void aWrongHadolintFileIsAnErrorToo() throws IOException {
        write(".hadolint.yml", "ignored: DL3006\n");
        assertThatThrownBy(() -> ConfigResolver.discovering(dir).forFile(dir.resolve("Dockerfile")))
                .hasMessage(".hadolint.yml:1:10: ignored: expected a list, found a string");
    }
}
