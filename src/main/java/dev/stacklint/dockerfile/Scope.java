package dev.stacklint.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The state of a build stage at one point: variables, working directory, user and exposed ports, folded over
 * the instructions as Docker applies them. A stage built {@code FROM} an earlier stage starts from that stage's
 * end state (ENV, WORKDIR, USER, EXPOSE carry over; ARGs do not). Global ARGs (before the first FROM) are seen
 * by FROM lines, and inside a stage only when re-declared with {@code ARG NAME}.
 */
public final class Scope {
    private static final Pattern STAGE_INDEX = Pattern.compile("\\d{1,4}");

    /** Build arguments Docker predefines for FROM lines; their values depend on the build. */
    private static final List<String> PLATFORM_ARGS = List.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH",
            "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");

    /** True for a build argument Docker predefines in FROM lines ({@code BUILDPLATFORM}, {@code TARGETARCH}...). */
    public static boolean isPlatformArg(String name) {
        return PLATFORM_ARGS.contains(name);
    }

    private final Variables variables;
    private final Optional<String> workdir;
    private final Optional<String> user;
    private final List<String> exposedPorts;

    private Scope(Variables variables, Optional<String> workdir, Optional<String> user, List<String> exposedPorts) {
        this.variables = variables;
        this.workdir = workdir;
        this.user = user;
        this.exposedPorts = exposedPorts;
    }

    /** The scope just before {@code instruction} runs (for a FROM: the global scope its image is read in). */
    public static Scope before(Dockerfile dockerfile, Instruction instruction) {
        Map<Instruction, Scope> scopes = before(dockerfile, i -> i == instruction || i.effective() == instruction);
        return scopes.values().stream().findFirst().orElseGet(() -> new Fold(dockerfile).globalScope());
    }

    /**
     * The scope before each instruction that {@code wanted} accepts (ONBUILD ones are offered as written), in
     * one pass over the file: use it rather than {@link #before(Dockerfile, Instruction)} in a loop.
     */
    public static Map<Instruction, Scope> before(Dockerfile dockerfile, Predicate<Instruction> wanted) {
        Map<Instruction, Scope> scopes = new IdentityHashMap<>();
        new Fold(dockerfile).run((i, scope) -> {
            if (wanted.test(i)) {
                scopes.put(i, scope.get());
            }
        });
        return scopes;
    }

    /** The scope after the last instruction of {@code stage}: what its image is left with. */
    public static Scope endOf(Dockerfile dockerfile, Stage stage) {
        return new Fold(dockerfile).run((i, scope) -> {
        }).get(stage.index()).scope();
    }

    public Variables variables() {
        return variables;
    }

    /**
     * The working directory as an absolute path; empty when no WORKDIR in this stage (or the stages it builds
     * on) sets it — the base image's then applies, usually {@code /} — or when it depends on an unknown value.
     */
    public Optional<String> workdir() {
        return workdir;
    }

    /** The user set by the last USER, if any and known. */
    public Optional<String> user() {
        return user;
    }

    /** The ports exposed so far, variables resolved where known ({@code 8000/tcp}, {@code 53/udp}, {@code 80}). */
    public List<String> exposedPorts() {
        return exposedPorts;
    }

    /** A stage's mutable state during the fold. */
    private static final class State {
        final Map<String, Optional<String>> args = new LinkedHashMap<>();
        final Map<String, Optional<String>> env = new LinkedHashMap<>();
        /** Null: never set; empty: unknown. */
        Optional<String> workdir;
        Optional<String> user = Optional.empty();
        final List<String> exposed = new ArrayList<>();

        State child() {
            State s = new State();
            s.env.putAll(env);
            s.workdir = workdir;
            s.user = user;
            s.exposed.addAll(exposed);
            return s;
        }

        /** A live view for reading while folding; {@link #scope()} takes a snapshot. */
        Variables variables() {
            return new Variables(args, env, false);
        }

        Scope scope() {
            return new Scope(new Variables(new LinkedHashMap<>(args), new LinkedHashMap<>(env), false),
                    workdir == null ? Optional.empty() : workdir, user, List.copyOf(exposed));
        }
    }

    private static final class Fold {
        private final Dockerfile dockerfile;
        private final Map<String, Optional<String>> globalArgs = new LinkedHashMap<>();
        private final List<State> finished = new ArrayList<>();
        private final Map<String, Integer> stageNames = new HashMap<>();

        Fold(Dockerfile dockerfile) {
            this.dockerfile = dockerfile;
            PLATFORM_ARGS.forEach(a -> globalArgs.put(a, Optional.empty()));
        }

        /**
         * Folds the whole file, offering each instruction with (lazily) the scope before it.
         *
         * @return the end state of every stage, by index
         */
        List<State> run(BiConsumer<Instruction, Supplier<Scope>> visitor) {
            State current = null;
            // instructions other than ARG before the first FROM (an error for Docker) get a stage of their own
            State preamble = new State();
            for (Instruction i : dockerfile.instructions()) {
                State state = current == null ? preamble : current;
                boolean global = i instanceof Instruction.From || (current == null && i instanceof Instruction.Arg);
                visitor.accept(i, () -> global ? globalScope() : state.scope());
                if (i instanceof Instruction.From from) {
                    if (current != null) {
                        finished.add(current);
                    }
                    current = startStage(from);
                } else if (current == null) {
                    if (i instanceof Instruction.Arg arg) {
                        declare(arg, globalArgs, globalScope().variables(), Map.of());
                    } else {
                        apply(preamble, i);
                    }
                } else {
                    apply(current, i);
                }
            }
            if (current != null) {
                finished.add(current);
            }
            return finished;
        }

        private Scope globalScope() {
            return new Scope(new Variables(new LinkedHashMap<>(globalArgs), Map.of(), true), Optional.empty(), Optional.empty(),
                    List.of());
        }

        private State startStage(Instruction.From from) {
            String image = globalScope().variables().resolve(from.image().value()).orElse(from.image().value())
                    .toLowerCase(Locale.ROOT);
            Integer parent = stageNames.get(image);
            if (parent == null && STAGE_INDEX.matcher(image).matches() && Integer.parseInt(image) < finished.size()) {
                parent = Integer.parseInt(image);
            }
            State state = parent != null ? finished.get(parent).child() : new State();
            from.alias().ifPresent(a -> stageNames.put(a.value().toLowerCase(Locale.ROOT), finished.size()));
            return state;
        }

        private void apply(State s, Instruction i) {
            Variables before = s.variables();
            switch (i) {
                case Instruction.Arg arg -> declare(arg, s.args, before, globalArgs);
                case Instruction.Env env -> {
                    // every value of one ENV is expanded with the variables from before it
                    Map<String, Optional<String>> values = new LinkedHashMap<>();
                    env.pairs().forEach(kv -> values.put(kv.key().value(), before.resolve(kv.value().value())));
                    s.env.putAll(values);
                }
                case Instruction.Workdir w -> s.workdir = workdir(s.workdir, before.resolve(w.path().value()));
                case Instruction.User u -> s.user = before.resolve(u.user().value());
                case Instruction.Expose e -> e.ports().forEach(
                        p -> s.exposed.add(before.resolve(p.value()).orElse(p.value())));
                default -> {
                }
            }
        }

        private static void declare(Instruction.Arg arg, Map<String, Optional<String>> into, Variables scope,
                                    Map<String, Optional<String>> globals) {
            for (ArgDeclaration d : arg.declarations()) {
                String name = d.name().value();
                Optional<String> value = d.defaultValue().isPresent()
                        ? scope.resolve(d.defaultValue().get().value())
                        : globals.getOrDefault(name, Optional.empty());
                into.put(name, value);
            }
        }

        private static Optional<String> workdir(Optional<String> previous, Optional<String> path) {
            if (path.isEmpty()) {
                return Optional.empty();
            }
            String p = path.get();
            if (!p.startsWith("/")) {
                if (previous != null && previous.isEmpty()) {
                    return Optional.empty();
                }
                p = (previous == null ? "/" : previous.get()) + "/" + p;
            }
            return Optional.of(ContainerPaths.normalize(p));
        }
    }
}
