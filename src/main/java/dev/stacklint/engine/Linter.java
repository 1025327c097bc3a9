package dev.stacklint.engine;

import dev.stacklint.compose.ComposeLoad;
import dev.stacklint.compose.ComposeLoader;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.dockerfile.SyntaxError;
import dev.stacklint.project.Discovery;
import dev.stacklint.project.EnvironmentPolicy;
import dev.stacklint.project.Stack;
import dev.stacklint.project.StackLinker;
import dev.stacklint.rule.BuiltinRules;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.StackRule;
import dev.stacklint.source.FileKind;
import dev.stacklint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Parses every file, runs the enabled rules, and returns sorted findings. Files are independent and linted in parallel. */
public final class Linter {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file().displayPath())
            .thenComparingInt(f -> f.span().start())
            .thenComparingInt(f -> f.span().end())
            .thenComparing(f -> f.rule().code())
            .thenComparing(Finding::message);

    private final List<Rule> rules;
    private final EnvironmentPolicy environments;

    public Linter() {
        this(BuiltinRules.all());
    }

    public Linter(List<Rule> rules) {
        this(rules, EnvironmentPolicy.BY_NAME);
    }

    /** @param environments which files and services count as production (configuration and {@code --env}) */
    public Linter(List<Rule> rules, EnvironmentPolicy environments) {
        this.rules = rules;
        this.environments = environments;
    }

    public LintResult lint(LintRequest request) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Path, FileKind> inputs = collect(request, problems);
        SourceFiles sources = new SourceFiles(request.workingDir(), problems);

        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<Path> dockerfiles = inputs.entrySet().stream()
                .filter(e -> e.getValue() == FileKind.DOCKERFILE).map(Map.Entry::getKey).toList();
        dockerfiles.parallelStream().forEach(p -> sources.read(p).ifPresent(src -> lintDockerfile(src, request, findings::add)));

        List<List<Path>> composeGroups = new ArrayList<>();
        if (!request.composeFiles().isEmpty()) {
            composeGroups.add(request.composeFiles().stream().map(p -> p.toAbsolutePath().normalize()).toList());
        }
        List<Path> composeFiles = inputs.entrySet().stream()
                .filter(e -> e.getValue() == FileKind.COMPOSE && !request.composeFiles().contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        composeGroups.addAll(ComposeGroups.group(composeFiles));
        // files a stack refers to (Python entry files, scripts, configs) are read but are not lint inputs
        SourceFiles referenced = new SourceFiles(request.workingDir(), Collections.synchronizedList(new ArrayList<>()));
        StackLinker linker = new StackLinker(environments, sources::read, referenced::read);
        Set<Path> built = ConcurrentHashMap.newKeySet();
        composeGroups.parallelStream().forEach(group -> {
            List<SourceFile> files = group.stream().flatMap(p -> sources.read(p).stream()).toList();
            if (!files.isEmpty()) {
                lintCompose(files, request, findings::add, linker, built);
            }
        });
        // a Dockerfile no Compose file builds is a stack of its own: its final stage, its folder as the context
        dockerfiles.parallelStream().filter(p -> !built.contains(p))
                .forEach(p -> sources.read(p).ifPresent(src -> RuleRunner.link(src, () -> linker.lone(src))
                        .ifPresent(stack -> lintStack(stack, src, request, findings::add))));

        List<Finding> sorted = distinct(findings);
        sorted.sort(ORDER);
        List<String> sortedProblems = new ArrayList<>(problems);
        Collections.sort(sortedProblems);
        return new LintResult(sources.all(), List.copyOf(sorted), List.copyOf(sortedProblems));
    }

    /**
     * Drops repeats: a file that two Compose projects both extend or include is checked once for each,
     * and the same finding must still be reported once.
     */
    private static List<Finding> distinct(List<Finding> findings) {
        Map<List<Object>, Finding> unique = new LinkedHashMap<>();
        for (Finding f : findings) {
            unique.putIfAbsent(List.of(f.rule().code(), f.file().path(), f.span(), f.message()), f);
        }
        return new ArrayList<>(unique.values());
    }

    private Map<Path, FileKind> collect(LintRequest request, List<String> problems) {
        Map<Path, FileKind> inputs = new LinkedHashMap<>();
        for (Path p : request.composeFiles()) {
            inputs.put(p.toAbsolutePath().normalize(), FileKind.COMPOSE);
        }
        for (Path p : request.paths()) {
            Path abs = request.workingDir().resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                try {
                    for (Discovery.Found f : Discovery.walk(abs)) {
                        inputs.putIfAbsent(f.path().toAbsolutePath().normalize(), f.kind());
                    }
                } catch (IOException e) {
                    problems.add(p + ": cannot read folder: " + e.getMessage());
                }
            } else {
                inputs.putIfAbsent(abs, Discovery.kindOfExplicit(abs));
            }
        }
        return inputs;
    }

    private void lintDockerfile(SourceFile source, LintRequest request, Consumer<Finding> sink) {
        Dockerfile dockerfile = DockerfileParser.parse(source);
        if (request.enabled().test(ParseRules.DOCKERFILE_SYNTAX.meta())) {
            Reporter syntax = new Reporter(ParseRules.DOCKERFILE_SYNTAX.meta(), source, sink);
            for (SyntaxError e : dockerfile.errors()) {
                syntax.report(e.span(), e.message());
            }
        }
        for (Rule rule : rules) {
            if (rule instanceof DockerfileRule r && request.enabled().test(r.meta())) {
                RuleRunner.run(r.meta(), source, () -> r.check(dockerfile, new Reporter(r.meta(), source, sink)));
            }
        }
    }

    private void lintCompose(List<SourceFile> files, LintRequest request, Consumer<Finding> sink, StackLinker linker,
                             Set<Path> built) {
        ComposeLoad load = ComposeLoader.load(files, request.environment());
        load.findings().stream().filter(f -> request.enabled().test(f.rule())).forEach(sink);
        load.project().ifPresent(project -> {
            for (Rule rule : rules) {
                if (rule instanceof ComposeRule r && request.enabled().test(r.meta())) {
                    RuleRunner.run(r.meta(), files.get(0), () -> r.check(project, new Reporter(r.meta(), null, sink)));
                }
            }
            RuleRunner.link(files.get(0), () -> linker.link(project)).ifPresent(stack -> {
                built.addAll(stack.dockerfiles());
                lintStack(stack, files.get(0), request, sink);
            });
        });
    }

    private void lintStack(Stack stack, SourceFile anchor, LintRequest request, Consumer<Finding> sink) {
        for (Rule rule : rules) {
            if (rule instanceof StackRule r && request.enabled().test(r.meta())) {
                RuleRunner.run(r.meta(), anchor, () -> r.check(stack, new Reporter(r.meta(), null, sink)));
            }
        }
    }
}
