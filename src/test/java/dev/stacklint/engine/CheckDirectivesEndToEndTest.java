package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** BuildKit's {@code # check=} directive and comments, and its {@code BUILDKIT_DOCKERFILE_CHECK} build argument. */
class CheckDirectivesEndToEndTest {
    private static final Set<String> RULES = Set.of("SL110", "SL119", "SL120", "DL3025", "DL3006", "DL4003", "DL4004",
            "DL3012", "SL006", "SL004");

    @TempDir
    Path dir;

    private List<String> lint(String dockerfile) throws IOException {
        return lint(dockerfile, null);
    }

    private List<String> lint(String dockerfile, String compose) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        if (compose != null) {
            Files.writeString(dir.resolve("compose.yaml"), compose);
        }
        LintResult r = TestRules.linter().lint(new LintRequest(List.of(dir), List.of(), rule -> RULES.contains(rule.code()),
                Map.of(), dir));
        return r.findings().stream().filter(f -> f.file().path().getFileName().toString().equals("Dockerfile"))
                .map(CheckDirectivesEndToEndTest::render).toList();
    }

    private static String render(Finding f) {
        return f.start().line() + ":" + f.start().column() + " " + f.rule().code() + " " + f.severity().label();
    }

    private static final String BODY = """
            FROM alpine:3.20 as base
            ENV A b
            EXPOSE 80:80
            CMD echo hi
            """;

    @Test
    void withoutDirectiveEveryCheckReports() throws IOException {
        assertThat(lint(BODY)).containsExactly("1:18 SL110 info", "2:5 SL119 warning", "3:8 SL120 warning",
                "4:5 DL3025 warning");
    }

    @Test
    void skipTakesBuildkitNamesAndStacklintCodesAndNames() throws IOException {
        assertThat(lint("# check=skip=FromAsCasing, SL119,expose-invalid-format\n" + BODY))
                .containsExactly("5:5 DL3025 warning");
    }

    @Test
    void skipAllSilencesEveryBuildkitCheckOnly() throws IOException {
        assertThat(lint("# check=skip=all\nFROM alpine as base\nENV A b\n")).containsExactly("2:6 DL3006 warning");
    }

    @Test
    void errorTrueRaisesBuildkitChecksOnly() throws IOException {
        assertThat(lint("# check=error=true\nFROM alpine as base\nENV A b\n"))
                .containsExactly("2:6 DL3006 warning", "2:13 SL110 error", "3:5 SL119 error");
        assertThat(lint("# check=skip=FromAsCasing;error=true\nFROM alpine as base\n"))
                .containsExactly("2:6 DL3006 warning");
    }

    @Test
    void aCommentAboveAnInstructionSkipsForThatInstructionOnly() throws IOException {
        assertThat(lint("""
                FROM alpine:3.20
                # check=skip=LegacyKeyValueFormat // a reason may follow

                ENV A b
                ENV C d
                # check=skip=LegacyKeyValueFormat
                #
                ENV E f
                # check=error=true
                ENV G h
                """)).containsExactly("5:5 SL119 warning", "8:5 SL119 warning", "10:5 SL119 warning");
    }

    @Test
    void aCheckLineBelowTheTopHoldsForTheNextInstructionOnly() throws IOException {
        assertThat(lint("# a comment first\n# check=skip=all\nFROM alpine:3.20 as base\nFROM alpine:3.20 as app\n"))
                .containsExactly("4:18 SL110 info");
    }

    @Test
    void anInvalidDirectiveFailsTheBuild() throws IOException {
        assertThat(lint("# check=skip=all;error=maybe\nFROM alpine:3.20\n")).containsExactly("1:9 SL004 error");
    }

    @Test
    void anAliasOfSeveralRulesSkipsThemAll() throws IOException {
        String body = "FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\nENTRYPOINT [\"c\"]\nENTRYPOINT [\"d\"]\n";
        assertThat(lint(body)).containsExactly("3:1 DL4003 warning", "5:1 DL4004 error");
        assertThat(lint("# check=skip=MultipleInstructionsDisallowed\n" + body)).isEmpty();
    }

    @Test
    void unusedSkipsAreReportedButNotSkipAllNorBuildkitChecksStacklintLacks() throws IOException {
        assertThat(lint("# check=skip=all\nFROM alpine:3.20\n")).isEmpty();
        assertThat(lint("# check=skip=InvalidBaseImagePlatform,FromAsCasing,UndefinedVars\nFROM alpine:3.20\n"))
                // UndefinedVars is no check (BuildKit's is UndefinedVar): a mistake, so a warning
                .containsExactly("1:39 SL006 info", "1:52 SL006 warning");
    }

    @Test
    void composeBuildArgReplacesTheDirective() throws IOException {
        String compose = """
                services:
                  app:
                    build:
                      context: .
                      args:
                        BUILDKIT_DOCKERFILE_CHECK: skip=JSONArgsRecommended;error=true
                """;
        assertThat(lint("# check=skip=all\n" + BODY, compose))
                .containsExactly("2:18 SL110 error", "3:5 SL119 error", "4:8 SL120 error");
    }

    @Test
    void servicesThatDisagreeLeaveTheDirectiveInForce() throws IOException {
        String compose = """
                services:
                  app:
                    build:
                      context: .
                      args: [BUILDKIT_DOCKERFILE_CHECK=skip=all]
                  worker:
                    build: .
                """;
        assertThat(lint("# check=skip=FromAsCasing,SL119,SL120\n" + BODY, compose)).containsExactly("5:5 DL3025 warning");
    }
}
