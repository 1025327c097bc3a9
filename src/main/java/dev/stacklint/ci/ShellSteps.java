package dev.stacklint.ci;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image commands of a shell step ({@code run:}, a GitLab {@code script:} line): {@code docker build},
 * {@code docker buildx build} and {@code docker image build} with their context, {@code -f} and {@code -t} (and
 * {@code --push}), {@code docker push}, kaniko's executor, and the {@code cd} that moves later commands elsewhere.
 */
final class ShellSteps {
    /** docker build's options that take a value (the next word, or after {@code =}). */
    private static final Set<String> BUILD_VALUED = Set.of("-t", "--tag", "-f", "--file", "--build-arg", "--target",
            "--platform", "--label", "--cache-from", "--cache-to", "--secret", "--ssh", "-o", "--output", "--network",
            "--add-host", "--progress", "--iidfile", "--metadata-file", "--build-context", "--builder", "--allow",
            "--attest", "--annotation", "--shm-size", "--ulimit", "-m", "--memory", "--memory-swap", "--cpu-shares",
            "-c", "--cpu-period", "--cpu-quota", "--cpuset-cpus", "--cpuset-mems", "--isolation", "--cgroup-parent",
            "--provenance", "--sbom", "--call", "--security-opt", "--no-cache-filter", "--label-file");
    private static final Set<String> BUILD_FLAGS = Set.of("--push", "--load", "--no-cache", "--pull", "-q", "--quiet",
            "--rm", "--force-rm", "--squash", "--compress", "--disable-content-trust", "--check", "--debug");
    private static final Set<String> KANIKO_VALUED = Set.of("-c", "--context", "-f", "--dockerfile", "-d",
            "--destination");

    /** {@code > file}, {@code >> file}, {@code &> file}, {@code 2> file}: a file the command writes. */
    private static final Pattern REDIRECT = Pattern.compile("(?<![<>])>>?\\|?\\s*([^\\s;&|<>()]+)");

    private final Path root;
    private final WorkflowReader.Found found;
    private final ScalarText script;

    private ShellSteps(Path root, WorkflowReader.Found found, ScalarText script) {
        this.root = root;
        this.found = found;
        this.script = script;
    }

    /**
     * Reads {@code script}'s commands, starting in {@code cwd} (empty: unknown); returns the folder the script ends
     * in, for the next line of the same GitLab job.
     */
    static Optional<Path> read(ScalarText script, Optional<Path> cwd, Path root, WorkflowReader.Found found) {
        ShellSteps s = new ShellSteps(root, found, script);
        Optional<Path> dir = cwd;
        for (SimpleCommand c : ShellParser.script(script.value())) {
            List<ShellWord> w = c.words();
            if (w.isEmpty()) {
                continue;
            }
            String program = c.program().orElse("");
            s.writes(c, program);
            if (program.equals("cd") || program.equals("pushd") || program.equals("popd")) {
                dir = s.cd(c, dir);
            } else if (program.equals("docker-compose") && c.args().stream().anyMatch(a -> a.value().equals("push"))) {
                s.found.unknownPush();
            } else if (program.equals("docker") || program.equals("podman")) {
                s.docker(c, dir);
            } else if (program.equals("executor") && w.get(0).value().contains("kaniko")) {
                s.kaniko(c, dir);
            }
        }
        return dir;
    }

    /**
     * What a command writes, for the builds after it: its redirections ({@code > Dockerfile}), the target of
     * {@code cp}/{@code mv}/{@code ln}/{@code install}/{@code rsync}, {@code tee}'s files, {@code mkdir}'s folders,
     * {@code curl -o}/{@code wget -O}, {@code tar -C}/{@code unzip -d}.
     */
    private void writes(SimpleCommand c, String program) {
        Matcher m = REDIRECT.matcher(script.value().substring(c.span().start(), Math.min(script.value().length(),
                c.span().end())));
        while (m.find()) {
            found.made(m.group(1));
        }
        List<ShellWord> args = c.args();
        List<ShellWord> operands = c.operands();
        switch (program) {
            case "cp", "mv", "ln", "install", "rsync" -> {
                if (!operands.isEmpty()) {
                    found.made(operands.get(operands.size() - 1).value());
                }
            }
            case "tee", "mkdir", "touch" -> operands.forEach(o -> found.made(o.value()));
            default -> { }
        }
        for (int i = 0; i + 1 < args.size(); i++) {
            String v = args.get(i).value();
            boolean output = (program.equals("curl") && (v.equals("-o") || v.equals("--output")))
                    || (program.equals("wget") && v.equals("-O")) || (program.equals("tar") && v.equals("-C"))
                    || (program.equals("unzip") && v.equals("-d"));
            if (output) {
                found.made(args.get(i + 1).value());
            }
        }
    }

    /** {@code cd DIR}: later commands run there; any other move ({@code cd -}, {@code pushd}, under a condition) is unknown. */
    private Optional<Path> cd(SimpleCommand c, Optional<Path> dir) {
        List<ShellWord> args = c.args();
        if (c.conditional() || !c.program().orElse("").equals("cd") || args.size() != 1) {
            return Optional.empty();
        }
        return RepoPaths.resolve(args.get(0).value(), dir, root);
    }

    private void docker(SimpleCommand c, Optional<Path> dir) {
        List<ShellWord> args = c.args();
        String program = c.program().orElse("");
        int sub = 0;
        if (!args.isEmpty() && args.get(0).value().equals("build")) {
            sub = 1;
        } else if (args.size() > 1 && Set.of("buildx", "image", "builder").contains(args.get(0).value())
                && args.get(1).value().equals("build")) {
            sub = 2;
        } else if (!args.isEmpty() && args.get(0).value().equals("push")) {
            push(args.subList(1, args.size()));
            return;
        } else if (args.size() > 1 && args.get(0).value().equals("compose")
                && args.stream().anyMatch(a -> a.value().equals("push"))) {
            found.unknownPush();
            return;
        }
        if (sub == 0) {
            return;
        }
        String name = program + " " + String.join(" ", args.subList(0, sub).stream().map(ShellWord::value).toList());
        build(c, args.subList(sub, args.size()), dir, name);
    }

    private void build(SimpleCommand c, List<ShellWord> args, Optional<Path> dir, String name) {
        List<ShellWord> positionals = new ArrayList<>();
        Optional<ShellWord> file = Optional.empty();
        List<ShellWord> tags = new ArrayList<>();
        boolean push = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            String v = a.value();
            if (!v.startsWith("-") || v.equals("-")) {
                positionals.add(a);
                continue;
            }
            int eq = v.indexOf('=');
            String option = v.startsWith("--") && eq > 0 ? v.substring(0, eq) : v;
            if (BUILD_FLAGS.contains(option)) {
                push |= option.equals("--push") && (eq < 0 || v.substring(eq + 1).equals("true"));
                continue;
            }
            if (!BUILD_VALUED.contains(option)) {
                return; // an option this reading does not know: which word is the context is not known either
            }
            Optional<ShellWord> value = eq > 0 ? Optional.of(part(a, eq + 1))
                    : i + 1 < args.size() ? Optional.of(args.get(++i)) : Optional.empty();
            if (value.isEmpty()) {
                return;
            }
            switch (option) {
                case "-f", "--file" -> file = value;
                case "-t", "--tag" -> tags.add(value.get());
                case "-o", "--output" -> push |= value.get().value().contains("type=registry")
                        || value.get().value().contains("push=true");
                default -> { }
            }
        }
        if (positionals.size() != 1) {
            return;
        }
        ShellWord context = positionals.get(0);
        Origin at = script.locate(c.words().get(0).span().start(), c.words().get(0).span().end())
                .to(locate(context));
        if (!context.value().equals("-")) {
            Optional<PathRef> f = file.filter(w -> !w.value().equals("-")).map(w -> ref(w, dir));
            boolean stdin = file.isPresent() && file.get().value().equals("-");
            if (!stdin) {
                found.build(new ImageBuild(at, name, dir, Optional.of(ref(context, dir)), f, false));
            }
        }
        if (push) {
            tags.forEach(t -> found.push(PushedTag.of(t.value(), locate(t))));
            if (tags.isEmpty()) {
                found.unknownPush();
            }
        }
    }

    private void push(List<ShellWord> args) {
        List<ShellWord> names = args.stream().filter(a -> !a.value().startsWith("-")).toList();
        boolean allTags = args.stream().anyMatch(a -> a.value().equals("-a") || a.value().startsWith("--all-tags"));
        if (allTags || names.size() != 1) {
            found.unknownPush();
            return;
        }
        found.push(PushedTag.of(names.get(0).value(), locate(names.get(0))));
    }

    /** {@code /kaniko/executor --context DIR --dockerfile FILE --destination IMAGE}: builds and pushes. */
    private void kaniko(SimpleCommand c, Optional<Path> dir) {
        Optional<ShellWord> context = Optional.empty();
        Optional<ShellWord> file = Optional.empty();
        List<ShellWord> destinations = new ArrayList<>();
        boolean push = true;
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            String v = a.value();
            int eq = v.indexOf('=');
            String option = eq > 0 ? v.substring(0, eq) : v;
            if (option.equals("--no-push")) {
                push = false;
            }
            if (!KANIKO_VALUED.contains(option)) {
                continue;
            }
            Optional<ShellWord> value = eq > 0 ? Optional.of(part(a, eq + 1))
                    : i + 1 < args.size() ? Optional.of(args.get(++i)) : Optional.empty();
            switch (option) {
                case "-c", "--context" -> context = value;
                case "-f", "--dockerfile" -> file = value;
                default -> value.ifPresent(destinations::add);
            }
        }
        Optional<PathRef> ctx = context.filter(w -> !w.value().contains("://") || w.value().startsWith("dir://"))
                .map(w -> ref(w, dir, w.value().startsWith("dir://") ? "dir://".length() : 0));
        if (context.isEmpty() || ctx.isPresent()) {
            Origin at = script.locate(c.words().get(0).span().start(), c.words().get(0).span().end());
            // with no --context kaniko builds /workspace, not the checkout
            found.build(new ImageBuild(at, "kaniko", Optional.empty(), ctx, file.map(w -> ref(w, dir)), true));
        }
        if (push) {
            destinations.forEach(d -> found.push(PushedTag.of(d.value(), locate(d))));
        }
    }

    private PathRef ref(ShellWord w, Optional<Path> dir) {
        return ref(w, dir, 0);
    }

    /** The path a word names, its first {@code skip} characters left out ({@code dir://}). */
    private PathRef ref(ShellWord w, Optional<Path> dir, int skip) {
        String value = w.value().substring(Math.min(skip, w.value().length()));
        return new PathRef(value, locate(w), RepoPaths.resolve(value, dir, root));
    }

    /** The part of an option word after {@code =}, located within the word when it is written as it reads. */
    private static ShellWord part(ShellWord w, int from) {
        boolean verbatim = w.raw().equals(w.value());
        Span span = verbatim ? new Span(w.span().start() + from, w.span().end()) : w.span();
        return new ShellWord(w.value().substring(from), w.value().substring(from), span);
    }

    private Origin locate(ShellWord w) {
        return script.locate(w.span().start(), w.span().end());
    }
}
