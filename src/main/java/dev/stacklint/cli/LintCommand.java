package dev.stacklint.cli;

import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.engine.Linter;
import dev.stacklint.report.Formatter;
import dev.stacklint.report.JsonFormatter;
import dev.stacklint.report.Report;
import dev.stacklint.report.TextFormatter;
import dev.stacklint.rule.BuiltinRules;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code stacklint [lint] [OPTIONS] PATH...}. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint Dockerfiles and Compose files (folders are searched recursively).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no finding at or above the failure threshold",
                "1:a finding at or above the failure threshold",
                "2:usage or configuration error"})
public final class LintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to lint (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "A Compose file to load; repeat to merge several into one project, as docker compose -f does.")
    List<Path> composeFiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--failure-threshold", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: error, warning, info or style (default: ${DEFAULT-VALUE}).")
    String failureThreshold;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        Severity threshold = Severity.parse(failureThreshold).orElseThrow(() -> new UsageException(
                "--failure-threshold must be error, warning, info or style, not '" + failureThreshold + "'"));
        Formatter formatter = formatter();
        for (Path p : concat(paths, composeFiles)) {
            if (!Files.exists(cwd.resolve(p))) {
                throw new UsageException("no such file or folder: " + p);
            }
        }
        List<Path> targets = paths.isEmpty() && composeFiles.isEmpty() ? List.of(Path.of(".")) : paths;
        LintRequest request = new LintRequest(targets, composeFiles.stream().map(cwd::resolve).toList(),
                r -> true, System.getenv(), cwd);
        LintResult result = new Linter().lint(request);
        result.problems().forEach(p -> System.err.println("stacklint: " + p));

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        formatter.write(new Report(VersionProvider.version(), result.files(), result.findings(), BuiltinRules.all()), out);
        out.flush();
        boolean failed = result.findings().stream().map(Finding::severity).anyMatch(s -> s.atLeast(threshold));
        return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private Formatter formatter() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextFormatter(useColor());
            case "json" -> new JsonFormatter();
            default -> throw new UsageException("--format must be text or json, not '" + format + "'");
        };
    }

    private boolean useColor() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
