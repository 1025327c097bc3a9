package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.DotEnvFile;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.dockerfile.ArgDeclaration;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Supersedes;
import dev.stacklint.rule.Target;
import dev.stacklint.project.Container;
import dev.stacklint.project.DevelopmentTells;
import dev.stacklint.project.Environment;
import dev.stacklint.project.Stack;
import dev.stacklint.rules.data.DatabaseImages;
import dev.stacklint.rules.data.SecretNames;
import dev.stacklint.rules.data.SecretValue;
import dev.stacklint.source.FileProbe;
import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SL204: a literal password, token or key in Compose {@code environment}, a connection URL with an inline
 * password, or a Dockerfile ENV/ARG default. The message names the variable, never the value.
 */
public final class HardcodedSecret implements StackRule, DockerfileRule.WithBuilds, Supersedes {
    static final RuleMeta META = new RuleMeta("SL204", "hardcoded-secret", Severity.WARNING, Target.COMPOSE,
            "A password, token or key written as a literal in environment, ENV or ARG.").in(Category.SECURITY);

    /** A literal secret in an ENV or ARG is the more specific report of DL3064's secret-looking name. */
    @Override
    public Set<String> supersedes() {
        return Set.of("DL3064");
    }

    /** Compose files and the env files they load; a development file's credentials are local ones, not secrets. */
    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        stack.compose().ifPresent(project -> check(project, stack, ctx.tables().databases(), ctx.files(), reporter));
    }

    private void check(ComposeProject project, Stack stack, DatabaseImages databases, FileProbe files,
                       Reporter reporter) {
        Set<Path> backing = backingServicesOnly(stack, databases);
        for (Service s : project.services().values()) {
            for (NamedValue nv : s.environment()) {
                if (nv.value().isEmpty() || stack.environmentOf(nv.name().file()) == Environment.DEVELOPMENT) {
                    continue;
                }
                boolean local = backing.contains(nv.name().file().path());
                boolean sample = isSample(nv.name().file().path());
                Located<String> value = nv.value().get();
                String key = nv.name().value();
                String written = written(key, value.file().slice(value.span()));
                Origin at = nv.name().origin().to(value.origin());
                judge(key, written, value.value()).map(j -> sample ? j.demo() : j).ifPresent(j -> {
                    String message = switch (j.kind()) {
                        case URL -> "`" + key + "` holds a connection URL with "
                                + j.what("a literal password", "a placeholder password")
                                + "; take the password from the environment (`${...}`) or a secret instead";
                        case VALUE -> "`" + key + "` is set to " + j.what("a literal secret", "a placeholder")
                                + "; pass it from the environment (`${" + key + "}`) or with `secrets:` instead";
                        case FALLBACK -> "`" + key + "` falls back to "
                                + j.what("a committed literal secret", "a committed placeholder") + " when `"
                                + j.variable() + "` is unset; drop the default (`${" + j.variable()
                                + ":?}` makes Compose stop instead)";
                    };
                    report(reporter, at, local ? Severity.INFO : j.severity(), local ? message + BACKING : message);
                });
            }
        }
        committedEnvFiles(project, stack).forEach(f -> check(f, symfonyDefaults(f.file().path(), files), reporter));
    }

    /**
     * The env files that services outside development files load, and the {@code .env} interpolation reads for a
     * project that is not a development one, each once, when git keeps them.
     */
    private static Collection<DotEnvFile> committedEnvFiles(ComposeProject project, Stack stack) {
        Map<Path, DotEnvFile> files = new LinkedHashMap<>();
        if (project.files().stream().findFirst().map(stack::environmentOf).orElse(Environment.UNKNOWN)
                != Environment.DEVELOPMENT) {
            project.dotEnvFiles().forEach(f -> files.putIfAbsent(f.file().path(), f));
        }
        project.services().values().forEach(s -> s.envFiles().stream()
                .filter(e -> stack.environmentOf(e.path().file()) != Environment.DEVELOPMENT)
                .forEach(e -> e.content().ifPresent(f -> files.putIfAbsent(f.file().path(), f))));
        return files.values().stream().filter(f -> !f.gitIgnored() && !isExample(f.file().path())).toList();
    }

    /**
     * The value as written. A list item whose value was interpolated ({@code - URL=postgres://u:${PW}@db/app}) is
     * located as a whole, its key included: the key and {@code =} are left out, so that the {@code ${...}} is
     * judged where it stands.
     */
    static String written(String key, String slice) {
        String s = slice.strip();
        boolean quoted = s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.endsWith(s.substring(0, 1));
        String item = quoted ? s.substring(1, s.length() - 1) : s;
        return item.startsWith(key + "=") ? item.substring(key.length() + 1) : slice;
    }

    private static final String BACKING = " (info: this file runs only backing services, as started beside an app"
            + " run on the host)";

    /**
     * Compose files all of whose services run a database, cache, search or broker image and build nothing: the
     * backing services a developer starts beside an app run on the host ({@code ./mvnw spring-boot:run}), whose
     * credentials are usually local ones. Their literals are reported as info. Not an add-on beside a main file,
     * which adds a database to a deployment ({@code docker-compose-db.yml} beside {@code docker-compose.yml}).
     */
    private static Set<Path> backingServicesOnly(Stack stack, DatabaseImages databases) {
        Map<Path, Boolean> files = new HashMap<>();
        for (Container c : stack.containers()) {
            c.service().ifPresent(s -> files.merge(s.origin().file().path(),
                    s.build().isEmpty() && s.image().isPresent() && DatabaseServer.of(c, databases).isPresent(),
                    Boolean::logicalAnd));
        }
        return files.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .filter(DevelopmentTells::noMainComposeFileBeside).collect(Collectors.toSet());
    }

    /** Words of an env file's name that make it the example to copy, committed on purpose with demo values. */
    private static final Set<String> EXAMPLE_WORDS = Set.of("example", "sample", "template", "dist", "tpl");

    /** {@code .env.example}, {@code env.sample}, {@code example.env}, {@code app.env.template}... */
    static boolean isExample(Path file) {
        return Arrays.stream(file.getFileName().toString().toLowerCase(Locale.ROOT).split("[._-]"))
                .anyMatch(EXAMPLE_WORDS::contains);
    }

    /**
     * A Compose file named as the sample or quick start to copy ({@code docker-compose-sample.yaml},
     * {@code compose.example.yml}, {@code quickstart-postgres.yml}): its literals are demo values that the reader
     * is meant to replace, so they are reported as placeholders (its fallbacks are not: see {@link Judgement#demo}).
     */
    static boolean isSample(Path file) {
        return isExample(file) || Arrays.stream(file.getFileName().toString().toLowerCase(Locale.ROOT).split("[._-]"))
                .anyMatch(w -> w.equals("quickstart"));
    }

    /**
     * The {@code .env} of a Symfony application (its composer.json requires symfony/dotenv): committed by design with
     * the defaults a developer starts with, while each machine's real values go into the git-ignored
     * {@code .env.local}. Its literals are demo values, reported as placeholders.
     */
    static boolean symfonyDefaults(Path envFile, FileProbe files) {
        Path folder = envFile.toAbsolutePath().getParent();
        return envFile.getFileName().toString().equals(".env") && folder != null
                && files.read(folder.resolve("composer.json"), 1_000_000)
                .filter(json -> json.contains("\"symfony/dotenv\"")).isPresent();
    }

    /** A literal secret in a committed env file: everyone who clones the repository has it. */
    private static void check(DotEnvFile env, boolean defaults, Reporter reporter) {
        String name = env.file().path().getFileName().toString();
        for (NamedValue nv : env.entries()) {
            if (nv.value().isEmpty()) {
                continue;
            }
            Located<String> value = nv.value().get();
            String key = nv.name().value();
            Origin at = nv.name().origin().to(value.origin());
            judge(key, value.file().slice(value.span()), value.value())
                    .filter(j -> j.kind() != Judgement.Kind.FALLBACK).map(j -> defaults ? j.demo() : j)
                    .ifPresent(j -> report(reporter, at, j.severity(), "`" + key + "` in `" + name + "` is "
                            + (j.kind() == Judgement.Kind.URL
                                    ? "a connection URL with " + j.what("a literal password", "a placeholder password")
                                    : j.what("a literal secret", "a placeholder"))
                            + ", and the file is committed (no .gitignore covers it): " + (j.value() == SecretValue.SECRET
                                    ? "keep the real file out of the repository (add it to .gitignore) and commit an"
                                            + " example with placeholders instead"
                                    : "a deployment that uses the file as it is runs with it; give the real value"
                                            + " from outside the repository")));
        }
    }

    /**
     * True when an env file holds a literal secret for a secret-looking key, in a connection URL's password place
     * or as the default of a reference ({@code ${DB_PASSWORD:-s3cret}}); empty values, placeholders and plain
     * references are not.
     */
    public static boolean holdsLiteralSecret(DotEnvFile env) {
        return env.entries().stream().flatMap(nv -> nv.value().stream().map(v -> Map.entry(nv.name().value(), v)))
                .flatMap(e -> judge(e.getKey(), e.getValue().file().slice(e.getValue().span()), e.getValue().value())
                        .stream())
                .anyMatch(j -> j.value() == SecretValue.SECRET);
    }

    /**
     * ENV and ARG of the stages a running image is made of (a builder stage's values stay in the builder), and
     * the global ARGs such a stage declares again ({@link Builds#imageInstructions}); a placeholder there is no
     * secret (the container is given the real value).
     */
    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Set<Instruction> judged = builds.imageInstructions(dockerfile);
        for (Instruction i : dockerfile.instructions()) {
            if (!judged.contains(i)) {
                continue;
            }
            if (i instanceof Instruction.Env env) {
                for (KeyValue kv : env.pairs()) {
                    literal(kv.key().value(), kv.value()).ifPresent(j -> reporter.report(dockerfile.source(), kv.span(),
                            j.severity(), "ENV `" + kv.key().value() + "` bakes " + j.what("a literal secret", "a placeholder")
                                    + " into the image, readable by anyone who pulls it; pass it at run time instead"));
                }
            } else if (i instanceof Instruction.Arg arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    d.defaultValue().flatMap(v -> literal(d.name().value(), v)).ifPresent(j -> reporter.report(
                            dockerfile.source(), d.span(), j.severity(), "ARG `" + d.name().value() + "` has "
                                    + j.what("a literal secret", "a placeholder") + " as its default, kept in the image history; use a"
                                    + " build secret (`RUN --mount=type=secret`) instead"));
                }
            }
        }
    }

    /** What is wrong with a value: where the secret is, the variable a fallback belongs to, and whether it is real. */
    record Judgement(Kind kind, SecretValue value, String variable) {
        enum Kind { URL, VALUE, FALLBACK }

        /**
         * The same finding for a literal written as a demo value, which the reader is meant to replace: a
         * placeholder. A fallback stays what it is: it hides behind a variable, and a deployment that forgets to
         * set it runs with the committed value without ever seeing it.
         */
        Judgement demo() {
            return value == SecretValue.SECRET && kind != Kind.FALLBACK
                    ? new Judgement(kind, SecretValue.PLACEHOLDER, variable) : this;
        }

        /** A placeholder is reported as information: it is meant to be replaced, but a deployment may keep it. */
        Severity severity() {
            return value == SecretValue.PLACEHOLDER ? Severity.INFO : META.severity();
        }

        String what(String secret, String placeholder) {
            return value == SecretValue.PLACEHOLDER ? placeholder + " (which every deployment must replace)" : secret;
        }
    }

    /** The judgement of one variable's value, written and as used; empty when it holds no literal secret. */
    static Optional<Judgement> judge(String key, String written, String value) {
        Optional<SecretValue> url = SecretValue.urlPassword(written, value);
        if (url.isPresent()) {
            return Optional.of(new Judgement(Judgement.Kind.URL, url.get(), key));
        }
        if (!SecretNames.isSecretName(key)) {
            return Optional.empty();
        }
        SecretValue v = SecretValue.of(written, value);
        if (v != SecretValue.NOT_SECRET) {
            return Optional.of(new Judgement(Judgement.Kind.VALUE, v, key));
        }
        return SecretValue.fallback(written).map(f -> new Judgement(Judgement.Kind.FALLBACK, f.value(), f.variable()));
    }

    /** A Dockerfile value: its {@code ${...}} are build-time references, not literals with a default. */
    private static Optional<Judgement> literal(String key, Word value) {
        return judge(key, value.value(), value.value())
                .filter(j -> j.kind() != Judgement.Kind.FALLBACK && j.value() == SecretValue.SECRET);
    }

    private static void report(Reporter reporter, Origin at, Severity severity, String message) {
        reporter.report(at.file(), at.span(), severity, message);
    }
}
