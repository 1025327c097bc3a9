package dev.stacklint.engine;

import dev.stacklint.TestRules;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.Target;
import dev.stacklint.rules.BuiltinRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A run parses each Dockerfile once and each RUN's script once, however many rules read them. */
class ParseOnceTest {
    @TempDir
    Path dir;

    private final List<Dockerfile> seenByDockerfileRules = new ArrayList<>();
    private final List<Dockerfile> seenByStackRules = new ArrayList<>();

    private final DockerfileRule dockerfileProbe = new DockerfileRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL198", "dockerfile-probe", Severity.INFO, Target.DOCKERFILE, "test probe");
        }

        @Override
        public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
            seenByDockerfileRules.add(dockerfile);
        }
    };

    private final StackRule stackProbe = new StackRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("SL398", "stack-probe", Severity.INFO, Target.STACK, "test probe");
        }

        @Override
        public void check(Stack stack, RuleContext ctx, Reporter reporter) {
            stack.containers().stream().map(Container::image).flatMap(java.util.Optional::stream)
                    .map(BuiltImage::dockerfile).forEach(seenByStackRules::add);
        }
    };

    private static final String DOCKERFILE = """
            FROM python:3.12-slim
            RUN apt-get update && apt-get install -y curl | tee log && rm -rf /var/lib/apt/lists/*
            RUN sh -c 'pip install flask && pip install gunicorn'
            RUN <<EOF
            apk add git
            EOF
            CMD ["gunicorn", "app:app"]
            """;

    private List<Rule> rulesAndProbes() {
        List<Rule> rules = new ArrayList<>(BuiltinRules.all());
        rules.add(dockerfileProbe);
        rules.add(stackProbe);
        return rules;
    }

    @Test
    void everyRuleReadsOneParseOfEachRun() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        long before = ShellParser.parses();
        TestRules.linter(rulesAndProbes()).lint(LintRequest.of(List.of(dir), dir));
        long parses = ShellParser.parses() - before;

        // three RUN shell forms, the sh -c script and the heredoc script: once each, not once per rule
        assertThat(parses).isEqualTo(5);
        assertThat(seenByDockerfileRules).hasSize(1);
        assertThat(seenByStackRules).containsExactly(seenByDockerfileRules.get(0));
        assertThat(seenByStackRules.get(0)).isSameAs(seenByDockerfileRules.get(0));
    }

    @Test
    void theRulesAndEveryServiceBuildingTheDockerfileShareOneParseOfIt() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n  worker:\n    build: .\n");
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        TestRules.linter(rulesAndProbes()).lint(LintRequest.of(List.of(dir), dir));

        assertThat(seenByDockerfileRules).hasSize(1);
        assertThat(seenByStackRules).hasSize(2)
                .allSatisfy(d -> assertThat(d).isSameAs(seenByDockerfileRules.get(0)));
    }
}
