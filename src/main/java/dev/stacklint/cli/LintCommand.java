package dev.stacklint.cli;

import dev.stacklint.config.CommandLineSettings;
import dev.stacklint.config.ConfigResolver;
import dev.stacklint.config.FailureThreshold;
import dev.stacklint.config.Glob;
import dev.stacklint.config.Level;
import dev.stacklint.config.RuleRefs;
import dev.stacklint.config.RuleSelector;
import dev.stacklint.config.Selection;
import dev.stacklint.config.StacklintConfig;
import dev.stacklint.engine.Baseline;
import dev.stacklint.engine.BaselineException;
import dev.stacklint.engine.FileFilter;
import dev.stacklint.engine.Fixer;
import dev.stacklint.engine.LintRequest;
import dev.stacklint.engine.LintResult;
import dev.stacklint.engine.Linter;
import dev.stacklint.project.Environment;
import dev.stacklint.report.AtomicFile;
import dev.stacklint.report.OutputFormat;
import dev.stacklint.rules.dockerfile.ShellCheckRule;
import dev.stacklint.shellcheck.ShellCheck;
import dev.stacklint.report.Report;
import dev.stacklint.report.UnifiedDiff;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.RepoRoot;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.TextDecoding;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.PatternSyntaxException;

/** {@code stacklint [lint] [OPTIONS] PATH...}. */
public final class LintCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    private final Clock clock;
    private final CommandSpec spec;

    private List<String> paths;
    private List<Path> composeFiles;
    private String format;
    private Path output;
    private String failureThreshold;
    private boolean noColor;
    private String color;
    private boolean quiet;
    private Integer maxWarnings;
    private boolean noFail;
    private List<String> trustedRegistries;
    private Path config;
    private List<String> ignore;
    private List<String> select;
    private List<String> extendSelect;
    private Map<String, String> severity;
    private String env;
    private boolean reportUnusedSuppressions;
    private Path stdinFilename;
    private boolean allRelated;
    private List<String> exclude;
    private boolean noGitignore;
    private boolean listFiles;
    private Path baseline;
    private Path writeBaseline;
    private boolean verbose;
    private boolean fix;
    private boolean unsafeFixes;
    private boolean diff;

    LintCommand(Clock clock) {
        this.clock = clock;
        this.spec = spec(this);
    }

    /** The command line's {@code lint}. */
    CommandSpec spec() {
        return spec;
    }

    private static CommandSpec spec(LintCommand command) {
        CommandSpec spec = Specs.command("lint", command,
                "Lint Dockerfiles and Compose files (folders are searched recursively; - reads standard input).");
        spec.versionProvider(new VersionProvider());
        spec.usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(UsageMessageSpec.keyValuesMap(
                        "0:no finding at or above the failure threshold",
                        "1:a finding at or above the failure threshold",
                        "2:usage or configuration error"))
                .footerHeading("%nOther commands:%n")
                .footer("  stacklint rules [--format json]   list every rule",
                        "  stacklint explain RULE            print a rule's documentation",
                        "  stacklint generate-completion     print a bash/zsh completion script",
                        "  stacklint help COMMAND            help on a command");
        spec.addPositional(Specs.positional("PATH",
                        "Files or folders to lint (default: the current folder); - reads standard input.")
                .arity("0..*").type(List.class).auxiliaryTypes(String.class).build());
        spec.addOption(Specs.repeatable(new String[] {"-f", "--file"}, "FILE", Path.class,
                "A Compose file to load; repeat to merge several into one project, as docker compose -f does.").build());
        spec.addOption(Specs.option("--format", "FORMAT", String.class,
                "Output format: text, json, sarif, checkstyle, github, gitlab, gnu or compact (default: ${DEFAULT-VALUE}).")
                .defaultValue("text").build());
        spec.addOption(Specs.option("--output", "FILE", Path.class,
                "Write the report to FILE (replaced whole, only once complete); the terminal still gets text.").build());
        spec.addOption(Specs.option("--failure-threshold", "SEVERITY", String.class,
                "Exit 1 when a finding is at least this severe: error, warning, info, style or none (default: error, or the configuration's).")
                .build());
        spec.addOption(Specs.flag("--no-color", "Never colour the text output (as --color never)."));
        spec.addOption(Specs.option("--color", "WHEN", String.class,
                "Colour the text output: always, never or auto (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it).")
                .defaultValue("auto").build());
        spec.addOption(Specs.flag(new String[] {"-q", "--quiet"},
                "Report errors only (warnings, info and style are not shown and do not fail)."));
        spec.addOption(Specs.option("--max-warnings", "N", Integer.class,
                "Also exit 1 when there are more than N warnings.").build());
        spec.addOption(Specs.flag("--no-fail",
                "Exit 0 whatever is found (as hadolint --no-fail); usage errors still exit 2."));
        spec.addOption(Specs.repeatable(new String[] {"--trusted-registry"}, "REGISTRY", String.class,
                "A registry images may come from (DL3026), added to the configuration's; repeatable.").build());
        spec.addOption(Specs.option("--config", "FILE", Path.class,
                "Use this configuration file instead of the .stacklint.yaml found above each file.").build());
        spec.addOption(Specs.repeatable(new String[] {"--ignore"}, "RULE", String.class,
                "Do not report this rule (code or name); repeatable, or a comma-separated list.").splitRegex(",").build());
        spec.addOption(Specs.repeatable(new String[] {"--select"}, "RULE", String.class,
                "Run only these rules instead of the default set: codes, names, aliases, categories "
                        + "(correctness, security, hardening, style, performance), code prefixes (SL2) or all; repeatable.")
                .splitRegex(",").build());
        spec.addOption(Specs.repeatable(new String[] {"--extend-select"}, "RULE", String.class,
                "Also run these rules (named as for --select), e.g. --extend-select hardening; repeatable.")
                .splitRegex(",").build());
        spec.addOption(OptionSpec.builder("--severity").paramLabel("RULE=LEVEL").type(Map.class)
                .auxiliaryTypes(String.class, String.class).splitRegex(",")
                .description("Report a rule at this level: error, warning, info, style or off; repeatable.").build());
        spec.addOption(Specs.option("--env", "ENV", String.class,
                "Treat the Compose files as prod(uction) or dev(elopment), whatever the configuration says.").build());
        spec.addOption(Specs.flag("--report-unused-suppressions",
                "Report suppression comments that silenced nothing (SL006, info)."));
        spec.addOption(Specs.option("--stdin-filename", "NAME", Path.class,
                "The path standard input (-) stands for: its name says the kind, its folder the stack around it.").build());
        spec.addOption(Specs.flag("--all-related", "Also report findings in files read only for context "
                + "(the Compose file or Dockerfile a named file is linked to)."));
        spec.addOption(Specs.repeatable(new String[] {"--exclude"}, "GLOB", String.class,
                "Leave out files and folders matching GLOB (relative to the current folder, or a name at any depth) "
                        + "when searching folders; repeatable. Files named as PATH are always linted.").build());
        spec.addOption(Specs.flag("--no-gitignore", "Also search what .gitignore and .git/info/exclude ignore."));
        spec.addOption(Specs.flag("--list-files", "Print the files that would be read and why, and lint nothing."));
        spec.addOption(Specs.option("--baseline", "FILE", Path.class,
                "Report only findings not recorded in FILE (written with --write-baseline; also config baseline:).").build());
        spec.addOption(Specs.option("--write-baseline", "FILE", Path.class,
                "Record every current finding in FILE (replaced whole) and exit 0: adopt stacklint on an existing repository.")
                .build());
        spec.addOption(Specs.flag("--verbose", "Also print notes on stderr: which external checkers (ShellCheck) ran."));
        spec.addOption(Specs.flag("--fix", "Apply the safe fixes in place (re-linting until none is left), then report "
                + "what remains. With - prints the fixed text to standard output and the report to standard error."));
        spec.addOption(Specs.flag("--unsafe-fixes", "With --fix or --diff, apply the unsafe fixes too (they may change "
                + "behaviour: review them); alone, count them among the fixable findings."));
        spec.addOption(Specs.flag("--diff", "Print a unified diff of what --fix would change and write nothing; "
                + "exit 1 when there is a diff."));
        return Specs.withHelp(spec);
    }

    /** The values parsed into {@link #spec} (absent lists are empty, except {@code --select}'s: absent is no selection). */
    private void bind() {
        List<String> given = spec.positionalParameters().get(0).getValue();
        paths = given == null ? List.of() : given;
        composeFiles = list("--file");
        format = Specs.value(spec, "--format");
        output = Specs.value(spec, "--output");
        failureThreshold = Specs.value(spec, "--failure-threshold");
        noColor = Specs.flag(spec, "--no-color");
        color = Specs.value(spec, "--color");
        quiet = Specs.flag(spec, "--quiet");
        maxWarnings = Specs.value(spec, "--max-warnings");
        noFail = Specs.flag(spec, "--no-fail");
        trustedRegistries = list("--trusted-registry");
        config = Specs.value(spec, "--config");
        ignore = list("--ignore");
        select = Specs.value(spec, "--select");
        extendSelect = list("--extend-select");
        Map<String, String> levels = Specs.value(spec, "--severity");
        severity = levels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(levels);
        env = Specs.value(spec, "--env");
        reportUnusedSuppressions = Specs.flag(spec, "--report-unused-suppressions");
        stdinFilename = Specs.value(spec, "--stdin-filename");
        allRelated = Specs.flag(spec, "--all-related");
        exclude = list("--exclude");
        noGitignore = Specs.flag(spec, "--no-gitignore");
        listFiles = Specs.flag(spec, "--list-files");
        baseline = Specs.value(spec, "--baseline");
        writeBaseline = Specs.value(spec, "--write-baseline");
        verbose = Specs.flag(spec, "--verbose");
        fix = Specs.flag(spec, "--fix");
        unsafeFixes = Specs.flag(spec, "--unsafe-fixes");
        diff = Specs.flag(spec, "--diff");
    }

    private <T> List<T> list(String option) {
        List<T> values = Specs.value(spec, option);
        return values == null ? List.of() : values;
    }

    @Override
    public Integer call() throws IOException {
        RepoRoot.newRun(); // what this run finds, not an earlier run in the same process
        bind();
        Path cwd = Path.of("").toAbsolutePath();
        if (!List.of("always", "never", "auto").contains(color)) {
            throw new UsageException("--color must be always, never or auto, not '" + color + "'");
        }
        if (maxWarnings != null && maxWarnings < 0) {
            throw new UsageException("--max-warnings must be 0 or more, not " + maxWarnings);
        }
        OutputFormat outputFormat = OutputFormat.parse(format).orElseThrow(() -> new UsageException(
                "--format must be one of " + OutputFormat.labels() + ", not '" + format + "'"));
        if (output != null && !Files.isDirectory(cwd.resolve(output).toAbsolutePath().getParent())) {
            throw new UsageException("--output: no such folder: " + cwd.resolve(output).getParent());
        }
        boolean readStdin = paths.contains(STDIN);
        if (stdinFilename != null && !readStdin) {
            throw new UsageException("--stdin-filename names what standard input stands for: give - as a PATH too");
        }
        ConfigResolver resolver = new ConfigResolver(cwd, commandLineSettings());
        LintRequest request = new LintRequest(targets(cwd, readStdin), composeFiles.stream().map(cwd::resolve).toList(),
                r -> true, System.getenv(), cwd)
                .withReportUnused(reportUnusedSuppressions)
                .withConfig(resolver)
                .withBaseline(writeBaseline != null ? Optional.empty() : baseline(resolver, cwd))
                .withAllRelated(allRelated)
                .withFiles(new FileFilter(excludes(), !noGitignore));
        if (readStdin) {
            String text = TextDecoding.decode(System.in.readAllBytes()).text();
            request = request.withStdin(new LintRequest.StdinText(
                    stdinFilename == null ? LintRequest.StdinText.UNNAMED : stdinFilename, text));
        }
        if (listFiles) {
            FileLister.print(new Linter(clock).list(request), cwd, new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return ExitCodes.CLEAN;
        }
        if ((fix || diff) && writeBaseline != null) {
            throw new UsageException("--write-baseline records findings as they are: run it without --fix and --diff");
        }
        if (fix || diff) {
            return fix(request, resolver, outputFormat, cwd, readStdin);
        }
        LintResult result = new Linter(clock).lint(request);
        resolver.warnings().forEach(System.err::println);
        result.problems().forEach(p -> System.err.println("stacklint: " + p));
        if (verbose) {
            System.err.println("stacklint: " + ShellCheckRule.note(ShellCheck.onPath()));
        }
        if (writeBaseline != null) {
            try {
                Baseline.write(cwd.resolve(writeBaseline), result.findings());
            } catch (IOException e) {
                throw new UsageException("--write-baseline: cannot write " + writeBaseline + ": " + e.getMessage());
            }
            int n = result.findings().size();
            System.err.println("stacklint: recorded " + n + (n == 1 ? " finding" : " findings") + " in " + writeBaseline
                    + "; runs with --baseline " + writeBaseline + " report only new ones");
            return ExitCodes.CLEAN;
        }
        return report(result, new Report.FixSummary(false, 0, unsafeFixes), outputFormat, cwd, System.out);
    }

    private int report(LintResult result, Report.FixSummary fixes, OutputFormat outputFormat, Path cwd,
                       PrintStream stdout) {
        List<Finding> shown = result.findings().stream().filter(this::shown).toList();
        write(new Report(VersionProvider.version(), result.files(), shown, BuiltinRules.all(),
                reportRoot(result.files(), cwd), result.suppressed(), result.baseline().hidden(),
                result.baseline().fixed(), fixes), outputFormat, cwd, stdout);
        return noFail ? ExitCodes.CLEAN : exitCode(result, shown);
    }

    /** {@code --quiet} shows errors only. */
    private boolean shown(Finding finding) {
        return !quiet || finding.severity() == Severity.ERROR;
    }

    /**
     * {@code --fix} and {@code --diff}: the fixes of the findings reported, re-linted until none is left. {@code --diff}
     * prints the diff and writes nothing; {@code --fix} writes the files (or, reading standard input, prints the fixed
     * text) and reports what remains.
     */
    private int fix(LintRequest request, ConfigResolver resolver, OutputFormat outputFormat, Path cwd, boolean readStdin) {
        Optional<Path> stdinPath = request.stdin().map(s -> cwd.resolve(s.path()).toAbsolutePath().normalize());
        // what is reported is what is fixed: --quiet fixes errors only (as ESLint's --fix --quiet), --baseline leaves
        // its findings alone (they are not reported); --max-warnings counts the warnings that remain
        Fixer.Outcome outcome = new Fixer(new Linter(clock)).fix(request, unsafeFixes, this::shown,
                p -> stdinPath.map(p::equals).orElse(true));
        resolver.warnings().forEach(System.err::println);
        outcome.result().problems().forEach(p -> System.err.println("stacklint: " + p));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (diff) {
            outcome.files().forEach(f -> out.print(UnifiedDiff.of(f.displayPath(), f.original(), f.text())));
            out.flush();
            int n = outcome.applied();
            System.err.println(n == 0 ? "stacklint: nothing to fix" : "stacklint: --fix would apply " + n
                    + (n == 1 ? " fix" : " fixes") + " in " + outcome.files().size()
                    + (outcome.files().size() == 1 ? " file" : " files"));
            return outcome.files().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        }
        Report.FixSummary summary = new Report.FixSummary(true, outcome.applied(), unsafeFixes);
        if (readStdin) {
            out.print(outcome.files().stream().filter(f -> stdinPath.get().equals(f.path())).findFirst()
                    .map(Fixer.FixedFile::text).orElse(request.stdin().get().text()));
            out.flush();
            return report(outcome.result(), summary, outputFormat, cwd, System.err);
        }
        FixWriter.write(outcome.files(), System.err);
        // what remains, read back from disk: every reader sees the fixed files now
        LintResult remaining = outcome.files().isEmpty() ? outcome.result() : new Linter(clock).lint(request);
        return report(remaining, summary, outputFormat, cwd, System.out);
    }

    /**
     * 1 when a finding shown is at or above its failure threshold ({@code --quiet} shows only errors, so only they
     * can fail), or when there are more warnings than {@code --max-warnings}.
     */
    private int exitCode(LintResult result, List<Finding> shown) {
        boolean failed = result.failures() > 0 && (!quiet || !shown.isEmpty());
        long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        if (maxWarnings != null && warnings > maxWarnings) {
            System.err.println("stacklint: " + warnings + " warnings, more than --max-warnings " + maxWarnings);
            failed = true;
        }
        return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The PATHs (checked to exist) without {@code -}; the current folder when nothing at all is given. */
    private List<Path> targets(Path cwd, boolean readStdin) {
        List<Path> targets = new ArrayList<>();
        for (String p : paths) {
            if (!p.equals(STDIN)) {
                targets.add(Path.of(p));
            }
        }
        for (Path p : concat(targets, composeFiles)) {
            if (!Files.exists(cwd.resolve(p), LinkOption.NOFOLLOW_LINKS)) { // a broken link is reported in the file
                throw new UsageException("no such file or folder: " + p);
            }
        }
        if (targets.isEmpty() && composeFiles.isEmpty() && !readStdin) {
            targets.add(Path.of("."));
        }
        return targets;
    }

    /** The report to standard output, or to the {@code --output} file with text to standard output. */
    private void write(Report report, OutputFormat outputFormat, Path cwd, PrintStream stdout) {
        PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8); // flushed once, at the end
        boolean colours = Terminal.colours(color, noColor, System.getenv());
        if (output == null) {
            outputFormat.formatter(colours).write(report, out);
        } else {
            try {
                AtomicFile.write(cwd.resolve(output), file -> outputFormat.formatter(false).write(report, file));
            } catch (IOException e) {
                throw new UsageException("--output: cannot write " + output + ": " + e.getMessage());
            }
            OutputFormat.TEXT.formatter(colours).write(report, out);
        }
        out.flush();
    }

    /** {@code --baseline}, else the {@code baseline} of the configuration that applies here. */
    private Optional<Baseline> baseline(ConfigResolver resolver, Path cwd) {
        Optional<Path> file = Optional.ofNullable(baseline).map(cwd::resolve)
                .or(() -> resolver.forFile(cwd.resolve(".stacklint.yaml")).config().flatMap(StacklintConfig::baseline));
        try {
            return file.map(Baseline::read);
        } catch (BaselineException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private List<Glob> excludes() {
        List<Glob> globs = new ArrayList<>();
        for (String e : exclude) {
            try {
                globs.add(Glob.of(e));
            } catch (PatternSyntaxException ex) {
                throw new UsageException("--exclude " + e + ": not a valid glob: " + ex.getDescription());
            }
        }
        return globs;
    }

    private CommandLineSettings commandLineSettings() {
        Map<RuleMeta, Level> levels = new LinkedHashMap<>();
        severity.keySet().removeIf(rule -> skippedHadolintRule(rule, "--severity"));
        severity.forEach((rule, level) -> rules(rule, "--severity").forEach(r -> levels.put(r, Level.parse(level).orElseThrow(() ->
                new UsageException("--severity " + rule + "=" + level + ": the level must be error, warning, info, style or off")))));
        ignore.stream().filter(s -> !s.isBlank() && !skippedHadolintRule(s, "--ignore"))
                .forEach(rule -> rules(rule, "--ignore").forEach(r -> levels.put(r, Level.OFF)));
        Optional<FailureThreshold> threshold = Optional.ofNullable(failureThreshold).map(t -> FailureThreshold.parse(t)
                .orElseThrow(() -> new UsageException(
                        "--failure-threshold must be error, warning, info, style or none, not '" + t + "'")));
        Optional<Environment> environment = Optional.ofNullable(env).map(e -> switch (e.trim().toLowerCase(Locale.ROOT)) {
            case "prod", "production" -> Environment.PRODUCTION;
            case "dev", "development" -> Environment.DEVELOPMENT;
            default -> throw new UsageException("--env must be dev or prod, not '" + e + "'");
        });
        Selection selection = new Selection(Optional.ofNullable(select).map(s -> selectors(s, "--select")),
                selectors(extendSelect, "--extend-select"));
        return new CommandLineSettings(Optional.ofNullable(config), Map.copyOf(levels), threshold, environment, selection,
                trustedRegistries.stream().filter(r -> !r.isBlank()).toList());
    }

    /** A hadolint rule stacklint does not have: warned about and left out, as hadolint users' lists name them. */
    private static boolean skippedHadolintRule(String code, String option) {
        if (!RuleRefs.hadolintOnly(code)) {
            return false;
        }
        System.err.println("stacklint: " + RuleRefs.skipped("warning: " + option, code));
        return true;
    }

    private static List<RuleSelector> selectors(List<String> texts, String option) {
        return texts.stream().filter(s -> !s.isBlank()).map(t -> RuleSelector.parse(t)
                .orElseThrow(() -> new UsageException(option + ": " + RuleSelector.unknown(t)))).toList();
    }

    /** The rules a code, name or alias names (several for an alias they share); none is a usage error. */
    private static List<RuleMeta> rules(String codeOrName, String option) {
        List<RuleMeta> rules = RuleRefs.findAll(codeOrName);
        if (rules.isEmpty()) {
            throw new UsageException(option + ": " + RuleRefs.unknown(codeOrName));
        }
        return rules;
    }

    /** SARIF, GitHub and GitLab name files from the repository root: the git top folder above the files, else here. */
    private static Path reportRoot(List<SourceFile> files, Path cwd) {
        return files.stream().map(f -> RepoRoot.of(f.path())).flatMap(Optional::stream).findFirst().orElse(cwd);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
