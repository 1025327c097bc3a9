package dev.stacklint.rules.dockerfile;

import dev.stacklint.TestRules;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.dockerfile.Suppressions;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** Runs one Dockerfile rule over text; findings as {@code line:col-endLine:endCol CODE message}. */
final class RuleTester {
    private RuleTester() {
    }

    static List<Finding> run(DockerfileRule rule, String text) {
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        List<Finding> findings = new ArrayList<>();
        rule.check(df, TestRules.CONTEXT, new Reporter(rule.meta(), df.source(), findings::add));
        return findings;
    }

    /** {@link #run}, knowing how the project builds the file. */
    static List<Finding> run(DockerfileRule rule, String text, Builds builds) {
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        List<Finding> findings = new ArrayList<>();
        rule.check(df, builds, TestRules.CONTEXT, new Reporter(rule.meta(), df.source(), findings::add));
        return findings;
    }

    /** {@link #run} in {@code ctx}, without the findings that the file's ignore pragmas silence. */
    static List<Finding> runWithSuppressions(DockerfileRule rule, RuleContext ctx, String text) {
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        Suppressions suppressions = Suppressions.of(df);
        List<Finding> findings = new ArrayList<>();
        rule.check(df, ctx, new Reporter(rule.meta(), df.source(), f -> {
            if (suppressions.at(f.span().start()).stream().noneMatch(rule.meta()::matches)) {
                findings.add(f);
            }
        }));
        return findings;
    }

    static List<String> findings(DockerfileRule rule, String text) {
        return run(rule, text).stream().map(f -> f.start().line() + ":" + f.start().column() + "-" + f.end().line()
                + ":" + f.end().column() + " " + f.rule().code() + " " + f.message()).toList();
    }

    /** Only the positions and codes, for tests about where rather than what. */
    static List<String> positions(DockerfileRule rule, String text) {
        return findings(rule, text).stream().map(s -> s.substring(0, s.indexOf(' ', s.indexOf(' ') + 1))).toList();
    }
}
