package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.source.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule that throws becomes an SL012 finding at 1:1 of the file it was checking, and the run goes on. */
class RuleCrashTest {
    @TempDir
    Path dir;

    private static final DockerfileRule THROWS_ON_DOCKERFILE = new DockerfileRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL197", "throws-on-dockerfile", Severity.WARNING, Target.DOCKERFILE, "test rule");
        }

        @Override
        public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
            throw new IllegalStateException("boom");
        }
    };

    private static final DockerfileRule REPORTS_FROM = new DockerfileRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL196", "reports-from", Severity.INFO, Target.DOCKERFILE, "test rule");
        }

        @Override
        public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
            reporter.report(new Span(0, 4), "still runs");
        }
    };

    private static final ComposeRule THROWS_ON_COMPOSE = new ComposeRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL297", "throws-on-compose", Severity.WARNING, Target.COMPOSE, "test rule");
        }

        @Override
        public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
            throw new StackOverflowError();
        }
    };

    private static String where(Finding f) {
        return "%s:%d:%d %s %s %s".formatted(f.file().displayPath(), f.start().line(), f.start().column(),
                f.rule().code(), f.severity().label(), f.message());
    }

    @Test
    void aThrowingRuleIsAnInternalErrorFindingAndTheOtherRulesStillRun() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\nCMD [\"python\"]\n");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n");
        LintResult result = TestRules.linter(List.of(THROWS_ON_DOCKERFILE, REPORTS_FROM, THROWS_ON_COMPOSE,
                ParseRules.INTERNAL_ERROR)).lint(LintRequest.of(List.of(dir), dir));

        assertThat(result.findings()).map(RuleCrashTest::where).containsExactlyInAnyOrder(
                "Dockerfile:1:1 SL012 error rule SL197 (throws-on-dockerfile) failed on this file: "
                        + "java.lang.IllegalStateException: boom",
                "Dockerfile:1:1 SL196 info still runs",
                "compose.yaml:1:1 SL012 error rule SL297 (throws-on-compose) failed on this file: "
                        + "java.lang.StackOverflowError");
    }

    @Test
    void ignoringInternalErrorsDropsTheFindingButNotTheOtherRules() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12-slim\n");
        LintResult result = TestRules.linter(List.of(THROWS_ON_DOCKERFILE, REPORTS_FROM, ParseRules.INTERNAL_ERROR))
                .lint(new LintRequest(List.of(dir), List.of(), r -> !r.code().equals("SL012"), java.util.Map.of(), dir));

        assertThat(result.findings()).map(RuleCrashTest::where).containsExactly("Dockerfile:1:1 SL196 info still runs");
    }

    @Test
    void aCrashWhileLinkingTheStackIsAnInternalErrorFindingToo() {
        dev.stacklint.source.SourceFile compose = new dev.stacklint.source.SourceFile(dir.resolve("compose.yaml"),
                "compose.yaml", "services: {}\n");
        List<Finding> found = new java.util.ArrayList<>();
        assertThat(RuleRunner.link(compose, found::add, () -> {
            throw new IllegalArgumentException("no such service");
        })).isEmpty();
        assertThat(found).map(RuleCrashTest::where).containsExactly("compose.yaml:1:1 SL012 error linking the stack "
                + "failed on this file, so no stack rule ran: java.lang.IllegalArgumentException: no such service");
    }
}
