package dev.stacklint.config;

import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.FloatingTags;
import dev.stacklint.rules.data.StyleOptions;
import dev.stacklint.rules.data.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DclintConfigTest {
    @TempDir
    Path dir;

    private static RuleMeta rule(String codeOrName) {
        return BuiltinRules.find(codeOrName).map(Rule::meta).orElseThrow();
    }

    private Path write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private FileSettings settings() {
        return ConfigResolver.discovering(dir).forFile(dir.resolve("compose.yaml"));
    }

    @Test
    void everyDclintRuleIsAStacklintRule() {
        assertThat(DclintConfig.RULES).allSatisfy(n -> assertThat(BuiltinRules.find(n)).as(n).isPresent());
    }

    @Test
    void levelsTurnTheMappedRulesOnAndOffAndSetTheirSeverity() throws IOException {
        write(".dclintrc", """
                {
                  "rules": {
                    "no-version-field": 0,
                    "services-alphabetical-order": 1,
                    "no-unbound-port-interfaces": "error",
                    "require-quotes-in-ports": ["warn", {"quoteType": "single"}]
                  }
                }
                """);
        FileSettings s = settings();
        assertThat(s.severity(rule("SL202"), Severity.WARNING)).as("0 turns a rule off").isEmpty();
        assertThat(s.severity(rule("SL274"), Severity.STYLE)).as("1 is a warning").contains(Severity.WARNING);
        assertThat(s.severity(rule("SL256"), Severity.INFO)).as("error turns the hardening rule on")
                .contains(Severity.ERROR);
        assertThat(s.severity(rule("SL272"), Severity.STYLE)).contains(Severity.WARNING);
        assertThat(s.severity(rule("SL275"), Severity.STYLE)).as("dclint runs the rules it is not told to leave out")
                .contains(Severity.STYLE);
        assertThat(s.severity(rule("DL3007"), Severity.WARNING)).as("other rules keep their defaults")
                .contains(Severity.WARNING);
        assertThat(s.severity(rule("SL250"), Severity.INFO)).as("the rest of the hardening set stays off").isEmpty();
    }

    @Test
    void aStacklintSelectionOrSeverityWinsOverTheDclintConfiguration() throws IOException {
        write(".dclintrc.yaml", "rules:\n  services-alphabetical-order: 2\n");
        write(".stacklint.yaml", "select: [security]\nseverity: {services-alphabetical-order: info}\n");
        FileSettings s = settings();
        assertThat(s.severity(rule("SL274"), Severity.STYLE)).contains(Severity.INFO);
        assertThat(s.severity(rule("SL275"), Severity.STYLE)).as("select decides what runs").isEmpty();
    }

    @Test
    void optionsFeedTheRules() throws IOException {
        write(".dclintrc.json", """
                {"rules": {
                  "service-image-require-explicit-tag": [2, {"prohibitedTags": ["latest", "dev"]}],
                  "service-container-name-regex": [2, {"pattern": "[a-z-]+"}],
                  "no-build-and-image": [1, {"checkPullPolicy": false}],
                  "top-level-properties-order": [1, {"customOrder": ["services", "x-properties"]}],
                  "service-keys-order": [1, {"groupOrder": ["Service Dependencies", "Core Definitions"]}]
                }}
                """);
        ConfigResolver resolver = ConfigResolver.discovering(dir);
        Tables tables = resolver.tables(List.of(resolver.forFile(dir.resolve("compose.yaml")))).orElseThrow();
        assertThat(tables.floatingTags()).isEqualTo(FloatingTags.of(List.of("latest", "dev")));
        StyleOptions style = tables.style();
        assertThat(style.containerName().pattern()).isEqualTo("[a-z-]+");
        assertThat(style.checkPullPolicy()).isFalse();
        assertThat(style.topLevelOrder()).containsExactly("services", "x-properties");
        assertThat(style.serviceKeyOrder()).containsExactly(List.of("depends_on"),
                List.of("image", "build", "container_name"));
        assertThat(style.portQuote()).isEmpty();
    }

    @Test
    void unknownKeysRulesAndOptionsAreWarningsWithTheirPositions() throws IOException {
        write(".dclintrc", """
                rules:
                  no-versoin-field: 0
                  no-build-and-image: [2, {checkPullPolicy: true, strict: true}]
                quiet: true
                extends: base
                """);
        ConfigResolver resolver = ConfigResolver.discovering(dir);
        FileSettings s = resolver.forFile(dir.resolve("compose.yaml"));
        assertThat(s.severity(rule("SL271"), Severity.WARNING)).contains(Severity.ERROR);
        assertThat(resolver.warnings()).containsExactly(
                ".dclintrc:5:1: warning: 'extends' is a key stacklint does not read from a dclint configuration; skipped",
                ".dclintrc:2:3: warning: 'no-versoin-field' is not a dclint rule stacklint has; skipped"
                        + " (did you mean 'no-version-field'?)",
                ".dclintrc:3:51: warning: 'strict' is not an option of no-build-and-image that stacklint reads; skipped");
    }

    @Test
    void wrongLevelsAndOptionsAreErrorsWithTheirPositions() throws IOException {
        write(".dclintrc", """
                rules:
                  no-version-field: 3
                  service-container-name-regex: [2, {pattern: "[a-z"}]
                  require-quotes-in-ports: [1, {quoteType: backtick}]
                  service-keys-order: [1, {groupOrder: [Core]}]
                """);
        assertThatThrownBy(this::settings).isInstanceOf(ConfigException.class).hasMessageContainingAll(
                ".dclintrc:2:21: expected a dclint level: 0 (off), 1 (warn) or 2 (error)",
                ".dclintrc:3:47: not a valid regular expression: Unclosed character class",
                ".dclintrc:4:44: expected single or double",
                ".dclintrc:5:41: unknown group 'Core'");
    }

    @Test
    void aJavaScriptDclintrcIsSkippedWithAWarning() throws IOException {
        write(".dclintrc", "module.exports = { rules: {} };\n");
        ConfigResolver resolver = ConfigResolver.discovering(dir);
        FileSettings s = resolver.forFile(dir.resolve("compose.yaml"));
        assertThat(s.severity(rule("SL274"), Severity.STYLE)).contains(Severity.STYLE);
        assertThat(resolver.warnings()).singleElement().asString().startsWith(".dclintrc: warning: a JavaScript");
    }

    @Test
    void withoutADclintrcTheStyleRulesStayOff() {
        FileSettings s = settings();
        assertThat(s.dclint()).isEmpty();
        assertThat(s.severity(rule("SL274"), Severity.STYLE)).isEmpty();
        assertThat(s.severity(rule("SL279"), Severity.ERROR)).as("Docker's naming rule is on by default")
                .contains(Severity.ERROR);
    }
}
