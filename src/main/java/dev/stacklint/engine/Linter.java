package dev.stacklint.engine;

import dev.stacklint.ci.CiBuilds;
import dev.stacklint.ci.Workflow;
import dev.stacklint.ci.WorkflowReader;
import dev.stacklint.compose.Companions;
import dev.stacklint.compose.ComposeLoad;
import dev.stacklint.compose.schema.ComposeSchema;
import dev.stacklint.compose.yaml.LoadProblem;
import dev.stacklint.config.FileSettings;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.CheckDirectives;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Suppressions;
import dev.stacklint.dockerfile.SyntaxError;
import dev.stacklint.project.BuildIndex;
import dev.stacklint.project.Discovery;
import dev.stacklint.project.EnvironmentPolicy;
import dev.stacklint.project.Stack;
import dev.stacklint.project.StackLinker;
import dev.stacklint.rule.BackgroundDockerfileRule;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.ReadFindings;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.WorkflowRule;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rules.data.Tables;
import dev.stacklint.source.FileKind;
import dev.stacklint.source.Limits;
import dev.stacklint.source.RepoRoot;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.ScalarExtents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Lints a request: collect the files (and their context) → read configuration → parse and run the enabled
 * rules (files in parallel) → keep the given files' findings → {@link Suppressor} (comments) →
 * {@link SeverityPolicy} (configuration) → {@link Overlaps} (one problem, one finding) → sort.
 */
public final class Linter {
    /**
     * The highest folder a lone Dockerfile's build context may be: its repository's root, or the linted folder
     * holding it when that is deeper (or there is no repository).
     */
    private static Path top(LintRequest request, Path dockerfile) {
        Path abs = dockerfile.toAbsolutePath().normalize();
        java.util.Optional<Path> repo = RepoRoot.of(abs);
        Path top = null;
        for (Path p : request.paths()) {
            Path dir = p.toAbsolutePath().normalize();
            if (java.nio.file.Files.isDirectory(dir) && abs.startsWith(dir)
                    && (repo.isEmpty() || dir.startsWith(repo.get())) && (top == null || dir.startsWith(top))) {
                top = dir;
            }
        }
        if (top == null) {
            top = repo.orElse(abs.getParent());
        }
        return top;
    }

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file().displayPath())
            .thenComparingInt(f -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(f -> f.rule().code())
            .thenComparing(Finding::message);

    /**
     * Files from which a run collects once before its report. The serial collector, which starts fastest, frees the
     * old generation only in a full collection, so a big batch's parse trees, promoted while still in use, would
     * otherwise stay until the end and the report's copies would grow the heap on top of them (10,000 projects:
     * peak RSS about 6 MiB less, for one collection of about 0.15 s).
     */
    private static final int BIG_BATCH = 1_000;

    /** Syntax errors shown per Dockerfile; the rest are summed up in one finding. */
    static final int MAX_SYNTAX_ERRORS = 20;

    private final List<Rule> rules;
    private final Clock clock;

    /** The built-in rules, with {@code clock} saying what today is (the system's in the CLI, a fixed one in tests). */
    public Linter(Clock clock) {
        this(BuiltinRules.all(), clock);
    }

    public Linter(List<Rule> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** The files {@link #lint} would read and why, without linting them. */
    public FileListing list(LintRequest request) {
        RepoRoot.newRun();
        Inputs inputs = Inputs.collect(request, new ArrayList<>());
        inputs.files().keySet().forEach(request.config()::forFile); // a wrong configuration is an error here too
        return FileListing.of(request, inputs);
    }

    /** @throws dev.stacklint.config.ConfigException when a configuration file that applies is wrong */
    public LintResult lint(LintRequest request) {
        RepoRoot.newRun();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Inputs inputs = Inputs.collect(request, problems);
        Map<Path, FileSettings> settings = new HashMap<>();
        Function<Path, FileSettings> settingsOf = p -> settings.computeIfAbsent(p, request.config()::forFile);
        inputs.files().keySet().forEach(settingsOf::apply); // a wrong configuration stops the run before any work
        if (inputs.files().containsValue(FileKind.COMPOSE)) {
            ComposeSchema.prepare();
        }

        Limits limits = request.config().limits(settings.values());
        inputs.keepAtMost(limits.files(), problems);
        SourceFiles sources = new SourceFiles(request.workingDir(), problems, limits);
        request.stdin().ifPresent(s -> sources.seed(request.workingDir().resolve(s.path()), s.text()));
        request.overlays().forEach(sources::seed);
        EnvironmentPolicy environments = request.config().environmentPolicy(settings.values()).linting(request.paths());
        RuleContext context = new RuleContext(request.config().tables(settings.values()).orElse(Tables.builtin()),
                clock, new RunFiles(standIns(request)));
        Checked checked = check(request, inputs, sources, environments, limits, context);
        RepoRoot.newRun(); // every file is read: what the run learnt of folders is garbage before the findings' copies
        if (inputs.files().size() >= BIG_BATCH) {
            System.gc();
        }

        Suppressor.Outcome suppressed = Suppressor.apply(
                checked.findings().stream().filter(f -> reported(request, inputs, f.file())).toList(),
                checked.suppressions().stream().filter(s -> reported(request, inputs, s.file()))
                        // hadolint's disable-ignore-pragma: its pragmas are inert
                        .filter(s -> s.tool() != Suppression.Tool.HADOLINT
                                || !settingsOf.apply(s.file().path()).hadolintPragmasDisabled())
                        .toList(),
                request.enabled().test(ParseRules.UNUSED_SUPPRESSION.meta()), request.reportUnused());
        List<Finding> afterComments = new ArrayList<>(suppressed.kept());
        afterComments.addAll(suppressed.unused());
        SeverityPolicy.Outcome configured = SeverityPolicy.apply(CheckOptions.raise(afterComments, checked.errorFiles()),
                settingsOf);

        List<Finding> sorted = new ArrayList<>(Overlaps.apply(configured.kept(), rules));
        sorted.sort(ORDER);
        List<String> sortedProblems = new ArrayList<>(problems);
        Collections.sort(sortedProblems);
        List<SourceFile> files = reportedFiles(sources.all().stream().filter(f -> reported(request, inputs, f)).toList(),
                sorted);
        Baseline.Outcome baselined = request.baseline().map(b -> b.apply(sorted))
                .orElse(new Baseline.Outcome(List.copyOf(sorted), 0, 0));
        return new LintResult(files, baselined.kept(), List.copyOf(sortedProblems),
                suppressed.silenced() + configured.dropped(), SeverityPolicy.failures(baselined.kept(), settingsOf),
                baselined);
    }

    /**
     * The files linted, and the files read for a stack (an {@code app.py}, an included Compose file) that have
     * findings reported, once each, in path order.
     */
    private static List<SourceFile> reportedFiles(List<SourceFile> linted, List<Finding> findings) {
        Map<Path, SourceFile> files = new LinkedHashMap<>();
        linted.forEach(f -> files.putIfAbsent(f.path(), f));
        findings.forEach(f -> files.putIfAbsent(f.file().path(), f.file()));
        return files.values().stream().sorted(Comparator.comparing(SourceFile::displayPath)).toList();
    }

    /**
     * What the rules found (each finding once), every suppression comment in the files they looked at, and the
     * Dockerfiles whose {@code # check=error=true} makes BuildKit's checks errors.
     */
    private record Checked(List<Finding> findings, List<Suppression> suppressions, Set<Path> errorFiles) {
    }

    /**
     * Parses every file and runs the enabled rules, files in parallel: Dockerfile rules on each Dockerfile,
     * Compose and stack rules on each Compose project, stack rules on each Dockerfile no Compose file builds.
     */
    private Checked check(LintRequest request, Inputs inputs, SourceFiles sources, EnvironmentPolicy environments,
                          Limits limits, RuleContext context) {
        Found findings = new Found();
        List<Suppression> suppressions = Collections.synchronizedList(new ArrayList<>());
        Set<Path> errorFiles = ConcurrentHashMap.newKeySet();
        EnabledRules enabled = EnabledRules.of(rules, request.enabled());
        List<Path> dockerfiles = inputs.files().entrySet().stream()
                .filter(e -> e.getValue() == FileKind.DOCKERFILE).map(Map.Entry::getKey).toList();
        // files a stack refers to (Python entry files, scripts, configs, bake files) are read but are not lint inputs
        SourceFiles referenced = new SourceFiles(request.workingDir(), Collections.synchronizedList(new ArrayList<>()),
                limits);
        request.overlays().forEach(referenced::seed);
        Consumer<Finding> enabledSink = f -> {
            if (request.enabled().test(f.rule())) {
                findings.add(f);
            }
        };
        List<Workflow> workflows = workflows(request, enabled, inputs, sources, limits, context, enabledSink,
                findings::add);
        StackLinker linker = new StackLinker(environments, sources::dockerfile, referenced::read,
                CiBuilds.dockerfiles(workflows));
        Set<Path> built = ConcurrentHashMap.newKeySet();
        Map<Path, SourceFile> composeSources = new ConcurrentHashMap<>();
        Set<Path> readByProjects = ConcurrentHashMap.newKeySet();
        Map<Path, List<Finding>> addOnFindings = new ConcurrentHashMap<>();
        Map<SourceFile, ScalarExtents> scalars = Collections.synchronizedMap(new IdentityHashMap<>());
        // Compose projects first: how they build each Dockerfile (targets, named contexts) matters to its rules
        ComposeBatch batch = new ComposeBatch(composeGroups(request, inputs), request, sources, limits, enabledSink,
                findings::add);
        IntStream.range(0, batch.size()).parallel().forEach(i -> batch.load(i).ifPresent(loaded -> {
            ComposeBatch.Group group = loaded.group();
            Consumer<Finding> sink = group.addOn().<Consumer<Finding>>map(addOn -> {
                List<Finding> kept = addOnFindings.computeIfAbsent(addOn,
                        a -> Collections.synchronizedList(new ArrayList<>()));
                return f -> {
                    if (!group.base().contains(f.file().path())) { // the base project's own run reports those
                        kept.add(f);
                    }
                };
            }).orElse(findings::add);
            lintCompose(loaded, request, enabled, context, sink, linker, built);
            loaded.load().project().ifPresent(project -> project.files().stream().map(SourceFile::path)
                    .filter(p -> !group.addOn().map(p::equals).orElse(false) && !group.base().contains(p))
                    .forEach(readByProjects::add)); // a base an add-on is laid over still has its own run
            loaded.files().forEach(f -> composeSources.putIfAbsent(f.path(), f));
            scalars.putAll(loaded.load().scalars());
        }));
        BuildIndex builds = batch.builds(referenced);
        // an add-on that another project includes or extends is checked there, with the context it is written for
        addOnFindings.forEach((addOn, found) -> {
            if (!readByProjects.contains(addOn)) {
                findings.addAll(found);
            }
        });
        // then each Dockerfile (its stacks are linked: every Compose project that builds it is done with it)
        List<Runnable> later = Collections.synchronizedList(new ArrayList<>());
        dockerfiles.parallelStream().forEach(p -> {
            SourceFile src = sources.input(p);
            if (ReadFindings.lintable(src, false, enabledSink) && !TemplateFiles.skip(src, request.enabled(), findings::add)) {
                sources.dockerfile(p).ifPresent(df -> {
                    Builds b = builds.of(p);
                    suppressions.addAll(lintDockerfile(df, b, request, enabled, context, findings::add, later::add));
                    CheckDirectives checks = CheckDirectives.of(df, b.checkOverride());
                    suppressions.addAll(CheckOptions.suppressions(df.source(), checks));
                    if (CheckOptions.errors(checks)) {
                        errorFiles.add(df.source().path());
                    }
                    // a Dockerfile no Compose file builds is a stack of its own: the stages it is built to, its
                    // folder as context
                    if (!built.contains(p)) {
                        RuleRunner.link(df.source(), internalErrors(request, findings::add),
                                () -> linker.lone(df, b, top(request, p)))
                                .ifPresent(stack -> lintStack(stack, df.source(), request, enabled, context,
                                        findings::add));
                    }
                });
                sources.forget(p); // nothing reads this Dockerfile's model any more
            }
        });
        inputs.files().forEach((p, kind) -> {
            if (kind == FileKind.TEMPLATE) {
                TemplateFiles.skip(sources.input(p), request.enabled(), findings::add);
            }
        });

        // an app file named on the command line is checked through its stack; list it among the files linted
        inputs.files().forEach((p, kind) -> {
            if (kind == FileKind.OTHER) {
                sources.read(p);
            }
        });
        later.forEach(Runnable::run);

        if (request.enabled().test(ParseRules.INPUT_LIMIT.meta())) {
            findings.addAll(sources.overLimit());
            findings.addAll(referenced.overLimit());
        }
        List<Finding> distinct = distinct(findings.all());
        // Files a Compose project extends or includes are read by the loader: their comments count too.
        distinct.stream().map(Finding::file).filter(f -> Discovery.isComposeByName(f.path()))
                .forEach(f -> composeSources.putIfAbsent(f.path(), f));
        // where their scalars are was noted when they were read: their comments need no second parse
        composeSources.values().forEach(f -> suppressions.addAll(scalars.containsKey(f)
                ? SuppressionComments.read(f, scalars.get(f)) : SuppressionComments.read(f)));
        // an nginx configuration a stack rule reported in (neither Compose file nor Dockerfile) has comments of its own
        Map<Path, SourceFile> stackFiles = new LinkedHashMap<>();
        Set<Path> dockerfileSet = new HashSet<>(dockerfiles); // asked once per stack finding: a list scan is quadratic
        distinct.stream().filter(f -> f.rule().target() == dev.stacklint.rule.Target.STACK).map(Finding::file)
                .filter(f -> !composeSources.containsKey(f.path()) && !dockerfileSet.contains(f.path())
                        && !f.path().toString().endsWith(".py"))
                .forEach(f -> stackFiles.putIfAbsent(f.path(), f));
        stackFiles.values().forEach(f -> suppressions.addAll(NginxComments.read(f)));
        return new Checked(distinct, List.copyOf(suppressions), Set.copyOf(errorFiles));
    }

    /** Reads each CI workflow and runs the workflow rules on it. */
    private List<Workflow> workflows(LintRequest request, EnabledRules enabled, Inputs inputs, SourceFiles sources,
                                     Limits limits, RuleContext context, Consumer<Finding> enabledSink, Consumer<Finding> sink) {
        List<Workflow> workflows = inputs.files().entrySet().stream().filter(e -> e.getValue() == FileKind.WORKFLOW)
                .map(e -> sources.input(e.getKey())).filter(src -> !sources.overLimit(src.path()))
                .filter(src -> ReadFindings.lintable(src, false, enabledSink))
                .map(src -> WorkflowReader.read(src, limits)).toList();
        for (Workflow w : workflows) {
            for (EnabledRules.Enabled<WorkflowRule> e : enabled.workflow()) {
                RuleRunner.run(e.meta(), w.file(), internalErrors(request, sink),
                        () -> e.rule().check(w, context, new Reporter(e.meta(), w.file(), sink)));
            }
        }
        return workflows;
    }

    /**
     * The {@code -f} files as one project, then the other Compose files grouped as {@code docker compose} reads
     * them, then each add-on over its default project.
     */
    private static List<ComposeBatch.Group> composeGroups(LintRequest request, Inputs inputs) {
        List<ComposeBatch.Group> groups = new ArrayList<>();
        List<Path> explicitGroup = request.composeFiles().stream()
                .map(p -> request.workingDir().resolve(p).toAbsolutePath().normalize()).toList();
        if (!explicitGroup.isEmpty()) {
            groups.add(new ComposeBatch.Group(explicitGroup));
        }
        List<Path> named = new ArrayList<>();
        inputs.files().forEach((p, kind) -> {
            if (kind != FileKind.COMPOSE || explicitGroup.contains(p)) {
                return;
            }
            List<Path> base = inputs.addOnBase(p);
            if (base.isEmpty()) {
                named.add(p);
            } else {
                List<Path> files = new ArrayList<>(base);
                files.add(p);
                boolean piece = Discovery.kindOf(p.getFileName().toString()) == FileKind.COMPOSE;
                groups.add(new ComposeBatch.Group(files, Optional.of(p), inputs.addOnPartners(p, base), piece));
            }
        });
        ComposeGroups.group(named).forEach(g -> groups.add(new ComposeBatch.Group(g)));
        return groups;
    }

    /** The files a text stands for in this run (standard input, {@code --diff}'s earlier fixes), absolute. */
    private static Set<Path> standIns(LintRequest request) {
        Set<Path> paths = new HashSet<>(request.overlays().keySet());
        request.stdin().filter(LintRequest.StdinText::named).ifPresent(s -> paths.add(request.workingDir().resolve(s.path())));
        return paths;
    }

    private static boolean reported(LintRequest request, Inputs inputs, SourceFile file) {
        return request.allRelated() || inputs.isGiven(file.path());
    }

    /**
     * Drops repeats: a file that two Compose projects both extend or include is checked once for each,
     * and the same finding must still be reported once. Sorted first (stably, so the first found of repeats comes
     * first), repeats are neighbours: no map of every finding's key, which in a big batch was the run's largest
     * allocation at the moment every finding is alive (10,000 projects: 330,000 keys, about 32 MB).
     */
    private static List<Finding> distinct(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        List<Finding> unique = new ArrayList<>(sorted.size());
        int group = 0; // where the findings ORDER cannot tell apart from the current one begin in unique
        for (Finding f : sorted) {
            if (!unique.isEmpty() && ORDER.compare(unique.get(group), f) != 0) {
                group = unique.size();
            }
            boolean repeat = false;
            for (int i = group; i < unique.size() && !repeat; i++) {
                repeat = unique.get(i).file().path().equals(f.file().path()); // ORDER compared path by its display
            }
            if (!repeat) {
                unique.add(f);
            }
        }
        return unique;
    }

    /** Runs the Dockerfile rules; returns the file's suppression comments. */
    private List<Suppression> lintDockerfile(Dockerfile dockerfile, Builds builds, LintRequest request,
                                             EnabledRules enabled, RuleContext context, Consumer<Finding> sink,
                                             Consumer<Runnable> later) {
        SourceFile source = dockerfile.source();
        if (request.enabled().test(ParseRules.DOCKERFILE_SYNTAX.meta())) {
            Reporter syntax = new Reporter(ParseRules.DOCKERFILE_SYNTAX.meta(), source, sink);
            // a trigger ONBUILD may not run is DL3043's finding
            List<SyntaxError> errors = dockerfile.errors().stream().filter(e -> !e.forbiddenTrigger()).toList();
            for (SyntaxError e : errors.subList(0, Math.min(errors.size(), MAX_SYNTAX_ERRORS))) {
                syntax.report(e.span(), e.message());
            }
            if (errors.size() > MAX_SYNTAX_ERRORS) {
                // a file that is not a Dockerfile at all would otherwise bury every other finding
                syntax.report(errors.get(MAX_SYNTAX_ERRORS).span(), (errors.size() - MAX_SYNTAX_ERRORS)
                        + " more syntax errors from here on are not shown; is this file a Dockerfile?");
            }
        }
        // background rules (ShellCheck) start first and report once every file is linted, so that their work
        // overlaps the other rules' and batches the scripts of many Dockerfiles
        for (EnabledRules.Enabled<BackgroundDockerfileRule> e : enabled.background()) {
            RuleMeta meta = e.meta();
            // a passed-through code (SC2086) can be ignored on its own
            Consumer<Finding> passed = f -> {
                if (f.rule().equals(meta) || request.enabled().test(f.rule())) {
                    sink.accept(f);
                }
            };
            RuleRunner.run(meta, source, internalErrors(request, sink),
                    () -> later.accept(RuleRunner.deferred(meta, source, internalErrors(request, sink),
                            e.rule().start(dockerfile, context, new Reporter(meta, source, passed)))));
        }
        for (EnabledRules.Enabled<DockerfileRule> e : enabled.dockerfile()) {
            RuleRunner.run(e.meta(), source, internalErrors(request, sink), () -> e.rule().check(dockerfile, builds,
                    context, new Reporter(e.meta(), source, sink)));
        }
        Suppressions comments = Suppressions.of(dockerfile);
        List<Suppression> found = new ArrayList<>();
        for (Suppressions.Suppression p : comments.entries()) {
            found.add(new Suppression(source, p.comment(), p.target(), p.scope() == Suppressions.Scope.FILE,
                    p.rules().stream().flatMap(n -> Suppression.Code.all(n.text(), n.span()).stream()).toList(), !p.hadolint(),
                    true, p.hadolint() ? Suppression.Tool.HADOLINT : Suppression.Tool.STACKLINT));
        }
        for (Suppressions.Mistake m : comments.mistakes()) {
            found.add(Suppression.mistake(source, m.comment(),
                    m.hadolint() ? Suppression.Tool.HADOLINT : Suppression.Tool.STACKLINT, m.message()));
        }
        return found;
    }

    private void lintCompose(ComposeBatch.Loaded loaded, LintRequest request, EnabledRules enabled, RuleContext context,
                             Consumer<Finding> sink, StackLinker linker, Set<Path> built) {
        List<SourceFile> files = loaded.files();
        ComposeLoad load = loaded.load();
        Companions companions = loaded.companions();
        // an empty file is fine as a layer over a project or included by one: Compose refuses it only run alone
        LoadFindings.of(load.problems().stream().filter(p -> p.kind() != LoadProblem.Kind.EMPTY || !companions.combined())
                .toList()).stream().filter(f -> request.enabled().test(f.rule())).forEach(sink);
        load.project().map(p -> p.withCompanions(companions)).ifPresent(project -> {
            for (EnabledRules.Enabled<ComposeRule> e : enabled.compose()) {
                RuleRunner.run(e.meta(), files.get(0), internalErrors(request, sink), () -> e.rule().check(project,
                        context, new Reporter(e.meta(), null, sink)));
            }
            RuleRunner.link(files.get(0), internalErrors(request, sink), () -> linker.link(project)).ifPresent(stack -> {
                built.addAll(stack.dockerfiles());
                lintStack(stack, files.get(0), request, enabled, context, sink);
            });
        });
    }

    private void lintStack(Stack stack, SourceFile anchor, LintRequest request, EnabledRules enabled,
                           RuleContext context, Consumer<Finding> sink) {
        for (EnabledRules.Enabled<StackRule> e : enabled.stack()) {
            RuleRunner.run(e.meta(), anchor, internalErrors(request, sink), () -> e.rule().check(stack, context,
                    new Reporter(e.meta(), null, sink)));
        }
    }

    /** Where a rule's or the linker's crash goes: to {@code sink}, unless SL012 is not enabled. */
    private static Consumer<Finding> internalErrors(LintRequest request, Consumer<Finding> sink) {
        return f -> {
            if (request.enabled().test(f.rule())) {
                sink.accept(f);
            }
        };
    }
}
