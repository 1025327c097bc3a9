package dev.stacklint.report;

import dev.stacklint.TestRules;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A small real project ({@code src/test/resources/golden/project}: a Compose file, a Dockerfile, a
 * {@code .stacklint.yaml} and a {@code .hadolint.yaml}, with suppression comments used and unused) linted end to
 * end with every rule, as the CLI does with {@code --report-unused-suppressions}.
 */
final class ProjectReport {
    private ProjectReport() {
    }

    static Path folder() {
        return GoldenTest.golden("project");
    }

    /**
     * The report; its rules are those that fired, so that a new rule elsewhere does not change every golden file
     * (the sample report covers the full rule list).
     */
    static Report report() {
        Path project = folder();
        LintResult result = TestRules.linter().lint(new LintRequest(List.of(project), List.of(), r -> true, Map.of(), project));
        List<Rule> fired = BuiltinRules.all().stream()
                .filter(r -> result.findings().stream().anyMatch(f -> f.rule().equals(r.meta()))).toList();
        return new Report("golden", result.files(), result.findings(), fired, project, result.suppressed());
    }

    /** The output with the project's absolute location (in SARIF) replaced, so that it is the same on every machine. */
    static String render(Formatter formatter) {
        String uri = folder().toUri().toString();
        return GoldenTest.render(formatter, report()).replace(uri.endsWith("/") ? uri : uri + "/", "file:///PROJECT/");
    }
}
