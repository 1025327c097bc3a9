package dev.stacklint.rules.dockerfile;

import dev.stacklint.source.Suggestions;
import dev.stacklint.dockerfile.ArgDeclaration;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.VariableReference;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.BaseImageEnv;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * SL117: a variable that Docker expands while building (in ENV, ARG defaults, COPY, ADD, WORKDIR, USER, EXPOSE,
 * LABEL, VOLUME, STOPSIGNAL) and that nothing in scope defines, so it expands to the empty string. Shell-form
 * RUN, CMD and ENTRYPOINT are the shell's business and are not read.
 *
 * <p>BuildKit's {@code UndefinedVar} knows the base image's ENV because it pulls the image; this rule knows it only
 * for {@code scratch} and the official images of {@code rules/data/base-image-env.yaml}, and leaves a stage built on
 * any other image alone (its ENV may define anything). As in BuildKit, a stage sees the ARGs of the stages it is
 * built FROM, and a global or predefined build argument (a platform or proxy argument) only once an ARG in the stage
 * declares it. ONBUILD triggers are read as they run in a child build ({@link #checkTriggers}).
 */
public final class UndefinedVar implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL117", "undefined-var", Severity.WARNING,
            "A variable Docker expands at build time is not defined by any ARG or ENV in scope.")
            .alias("UndefinedVar");

    /** Proxy arguments Docker predefines: passed to RUN, but not expanded elsewhere without an ARG. */
    private static final Set<String> PROXY_ARGS = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> !words(i).isEmpty());
        Set<String> globalArgs = globalArgs(dockerfile);
        for (Stage stage : dockerfile.stages()) {
            Optional<BaseEnv> base = baseEnv(dockerfile, stage, builds);
            if (base.isEmpty()) {
                continue;
            }
            Set<String> inherited = inheritedArgs(dockerfile, stage);
            for (Instruction i : stage.instructions()) {
                Scope scope = scopes.get(i);
                if (scope == null) {
                    continue;
                }
                Variables vars = scope.variables();
                Predicate<String> defined = n -> vars.isDeclared(n) || inherited.contains(n) || base.get().defines(n);
                Set<String> reported = new HashSet<>();
                for (Located place : words(i)) {
                    for (VariableReference ref : VariableReference.in(dockerfile, place.span(), place.from())) {
                        if (!defined.test(ref.name()) && reported.add(ref.name())) {
                            reporter.report(ref.span(), message(ref, i, vars, globalArgs, base.get(), builds));
                        }
                    }
                }
            }
            checkTriggers(dockerfile, stage, base.get(), reporter);
        }
    }

    /**
     * The ONBUILD triggers of {@code stage}, as BuildKit runs them: in the build of a child image, right after its
     * FROM, in the order written. There, a name is defined by the ENV this image ends with (its base image's and this
     * stage's, written before or after the trigger) and by the ARG and ENV of earlier triggers; the ARGs of this
     * build are not: an image does not keep its build arguments.
     */
    private static void checkTriggers(Dockerfile dockerfile, Stage stage, BaseEnv base, Reporter reporter) {
        Variables end = Scope.endOf(dockerfile, stage).variables();
        Set<String> thisBuildArgs = new HashSet<>(end.args().keySet());
        thisBuildArgs.addAll(inheritedArgs(dockerfile, stage));
        thisBuildArgs.addAll(globalArgs(dockerfile));
        Set<String> triggerNames = new LinkedHashSet<>();
        for (Instruction i : stage.instructions()) {
            if (!(i instanceof Instruction.Onbuild onbuild)) {
                continue;
            }
            Instruction trigger = onbuild.inner();
            Set<String> reported = new HashSet<>();
            for (Located place : words(trigger)) {
                for (VariableReference ref : VariableReference.in(dockerfile, place.span(), place.from())) {
                    String name = ref.name();
                    if (!end.env().containsKey(name) && !triggerNames.contains(name) && !base.defines(name)
                            && reported.add(name)) {
                        reporter.report(ref.span(), triggerMessage(ref, trigger, end, triggerNames, base,
                                thisBuildArgs));
                    }
                }
            }
            switch (trigger) {
                case Instruction.Arg a -> a.declarations().forEach(d -> triggerNames.add(d.name().value()));
                case Instruction.Env e -> e.pairs().forEach(kv -> triggerNames.add(kv.key().value()));
                default -> {
                }
            }
        }
    }

    private static String triggerMessage(VariableReference ref, Instruction trigger, Variables end,
                                         Set<String> triggerNames, BaseEnv base, Set<String> thisBuildArgs) {
        String name = ref.name();
        String effect = ref.modifier() ? "so its modifier always takes the unset branch"
                : "so " + trigger.keyword() + " gets the empty string in its place";
        String where = "ONBUILD " + trigger.keyword() + " runs in the build of an image FROM this one";
        if (Scope.isPlatformArg(name) || PROXY_ARGS.contains(name)) {
            return "'" + name + "' is a build argument Docker predefines, which the child build sees only after an ARG"
                    + " declares it: " + where + ", " + effect + ": declare it with ONBUILD ARG " + name
                    + " before this trigger";
        }
        if (thisBuildArgs.contains(name)) {
            return "'" + name + "' is a build argument, which an image does not keep: " + where + ", where it is"
                    + " not defined, " + effect + ": declare it with ONBUILD ARG " + name + " before this trigger"
                    + " (the child build passes it), or keep this build's value with ENV " + name + "=$" + name;
        }
        Set<String> candidates = new LinkedHashSet<>(end.env().keySet());
        candidates.addAll(triggerNames);
        candidates.add("PATH");
        candidates.addAll(base.names());
        String hint = Suggestions.closest(name, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
        return "'" + name + "' is not defined by this image's ENV nor by an earlier ONBUILD ARG or ENV" + hint + ": "
                + where + ", " + effect + ": declare it with ONBUILD ARG or ENV first, or fix the name";
    }

    /** Where in an instruction Docker expands variables: a span of the text, read from {@code from} on. */
    private record Located(Span span, int from) {
        static Located of(Word w) {
            return new Located(w.span(), w.span().start());
        }

        static Located valueOf(Flag f) {
            return new Located(f.span(), f.span().start() + f.name().length() + 3); // after --name=
        }
    }

    private static List<Located> words(Instruction i) {
        List<Located> out = new ArrayList<>();
        switch (i) {
            case Instruction.Copy c -> copyWords(c.flags(), c.sources(), c.destination(), out);
            case Instruction.Add a -> copyWords(a.flags(), a.sources(), a.destination(), out);
            case Instruction.Env e -> e.pairs().forEach(kv -> out.add(Located.of(kv.value())));
            case Instruction.Label l -> l.pairs().forEach(kv -> {
                out.add(Located.of(kv.key()));
                out.add(Located.of(kv.value()));
            });
            case Instruction.Arg a -> a.declarations().stream().flatMap(d -> d.defaultValue().stream())
                    .forEach(w -> out.add(Located.of(w)));
            case Instruction.Expose e -> e.ports().forEach(w -> out.add(Located.of(w)));
            case Instruction.User u -> out.add(Located.of(u.user()));
            case Instruction.Workdir w -> out.add(Located.of(w.path()));
            case Instruction.Volume v -> v.paths().forEach(w -> out.add(Located.of(w)));
            case Instruction.StopSignal s -> out.add(Located.of(s.signal()));
            default -> {
            }
        }
        return out;
    }

    private static void copyWords(List<Flag> flags, List<Word> sources, Word destination, List<Located> out) {
        flags.stream().filter(f -> f.name().equals("chown") || f.name().equals("chmod"))
                .forEach(f -> out.add(Located.valueOf(f)));
        sources.stream().filter(w -> !w.value().startsWith("<<")).forEach(w -> out.add(Located.of(w)));
        out.add(Located.of(destination));
    }

    /** What the image a stage is built on sets: {@code names} for suggestions, {@code defines} for judging. */
    private record BaseEnv(Set<String> names, Predicate<String> defines) {
        boolean defines(String name) {
            return name.equals("PATH") || defines.test(name);
        }
    }

    /**
     * What the image a stage is built on defines: empty when it is not known (an image the table does not list, one
     * named by a variable, a named build context), so the stage is not judged.
     */
    private static Optional<BaseEnv> baseEnv(Dockerfile dockerfile, Stage stage, Builds builds) {
        List<Stage> chain = dockerfile.chain(stage);
        if (chain.stream().anyMatch(s -> !dockerfile.variantParents(s).isEmpty())) {
            return Optional.empty();
        }
        Instruction.From root = chain.get(0).from();
        String written = root.image().value();
        Optional<String> image = !root.image().isLiteral()
                ? Scope.before(dockerfile, root).variables().resolve(written) : Optional.of(written);
        if (image.isEmpty() || image.get().isBlank() || builds.namesContext(image.get())) {
            return Optional.empty();
        }
        if (image.get().equalsIgnoreCase("scratch")) {
            return Optional.of(new BaseEnv(Set.of("PATH"), n -> false));
        }
        return BaseImageEnv.builtin().find(image.get()).map(e -> new BaseEnv(e.env(), e::mayDefine));
    }

    /** The ARGs of the stages {@code stage} is built FROM: BuildKit keeps them in scope. */
    private static Set<String> inheritedArgs(Dockerfile dockerfile, Stage stage) {
        Set<String> names = new HashSet<>();
        List<Stage> chain = dockerfile.chain(stage);
        chain.subList(0, chain.size() - 1).forEach(s -> s.instructions().stream()
                .filter(i -> i instanceof Instruction.Arg).flatMap(i -> ((Instruction.Arg) i).declarations().stream())
                .forEach(d -> names.add(d.name().value())));
        return names;
    }

    private static Set<String> globalArgs(Dockerfile dockerfile) {
        Set<String> names = new LinkedHashSet<>();
        int firstFrom = dockerfile.stages().isEmpty() ? Integer.MAX_VALUE
                : dockerfile.stages().get(0).from().span().start();
        dockerfile.instructions().stream().filter(i -> i.span().start() < firstFrom && i instanceof Instruction.Arg)
                .flatMap(i -> ((Instruction.Arg) i).declarations().stream()).map(ArgDeclaration::name)
                .forEach(w -> names.add(w.value()));
        return names;
    }

    private static String message(VariableReference ref, Instruction i, Variables vars, Set<String> globalArgs,
                                  BaseEnv base, Builds builds) {
        String name = ref.name();
        String effect = ref.modifier() ? "so its modifier always takes the unset branch"
                : "so " + i.keyword() + " gets the empty string in its place";
        if (globalArgs.contains(name)) {
            return "'" + name + "' is a global ARG (declared before the first FROM), which a stage sees only after"
                    + " declaring it again, " + effect + ": add ARG " + name + " in this stage"
                    + ComposeArgs.note(builds, name);
        }
        if (Scope.isPlatformArg(name) || PROXY_ARGS.contains(name)) {
            return "'" + name + "' is a build argument Docker predefines, which a stage sees only after an ARG"
                    + " declares it, " + effect + ": add ARG " + name + " in this stage"
                    + ComposeArgs.note(builds, name);
        }
        Set<String> candidates = new LinkedHashSet<>(vars.env().keySet());
        candidates.addAll(vars.args().keySet());
        candidates.addAll(globalArgs);
        candidates.add("PATH");
        candidates.addAll(base.names());
        // a name Compose passes is meant as it is written: only the ARG is missing
        String hint = builds.buildArgs().contains(name) ? ""
                : Suggestions.closest(name, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
        return "'" + name + "' is not defined by any ARG or ENV before this " + i.keyword() + hint + ", " + effect
                + ": declare it with ARG or ENV first, or fix the name" + ComposeArgs.note(builds, name);
    }
}
