package dev.stacklint.rules.stack;

import dev.stacklint.compose.DotEnvFile;
import dev.stacklint.dockerfile.Dockerignore;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.FileCopy;
import dev.stacklint.project.ImageReach;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rules.compose.HardcodedSecret;
import dev.stacklint.source.FileProbe;
import dev.stacklint.source.RepoRoot;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** SL304: the whole build context is copied into the image with no .dockerignore keeping secrets and junk out. */
public final class ContextLeaksSecrets implements StackRule {
    static final RuleMeta META = new RuleMeta("SL304", "context-leaks-secrets", Severity.WARNING,
            "`COPY . .` with no .dockerignore, or one that lets .env, .git or a virtualenv into the image.").in(Category.SECURITY)
            .fixable(Fix.Safety.UNSAFE);
    /**
     * What the fix's new .dockerignore leaves out. Unsafe: a build that copies one of these on purpose (a
     * setuptools-scm version from .git) no longer gets it.
     */
    static final String DOCKERIGNORE = """
            # Written by stacklint --fix (SL304): keep secrets and local state out of the build context.
            .env
            .env.*
            !.env.example
            .git
            .venv
            venv
            __pycache__
            *.pyc
            node_modules
            """;
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*", "/");
    private static final Pattern ENV_FILE = Pattern.compile(
            "\\.env(\\.(?!example$|sample$|template$|dist$|defaults$)[\\w.-]+)?");
    /**
     * A program named after the env it writes or reads ({@code .env.sh} writing {@code env-config.js} from the
     * container's variables when it starts): code, not a file of values.
     */
    private static final Pattern SCRIPT = Pattern.compile(".*\\.(sh|bash|zsh|ps1|js|mjs|cjs|ts|py|rb|php)");
    private static final List<String> VIRTUALENVS = List.of(".venv", "venv", "env", ".virtualenv");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        for (BuiltImage image : stack.distinctBuilds()) {
            Optional<Dockerignore> ignore = image.dockerignore();
            ImageReach reach = new ImageReach(image);
            boolean copiedByImage = image.chain().stream().flatMap(st -> st.instructions().stream())
                    .anyMatch(i -> FileCopy.of(i).filter(FileCopy::fromContext)
                            .flatMap(c -> wholeContextCopy(i, c)).isPresent());
            for (Instruction i : image.dockerfile().instructions()) {
                Optional<FileCopy> copy = FileCopy.of(i).filter(FileCopy::fromContext);
                if (copy.isEmpty()) {
                    continue;
                }
                Optional<Word> envFile = envFileCopy(copy.get(), image);
                Optional<String> whole = wholeContextCopy(i, copy.get());
                if ((envFile.isEmpty() && whole.isEmpty())
                        || !reach.reaches(ImageReach.stageOf(image.dockerfile(), i), copy.get())) {
                    continue;
                }
                envFile.ifPresent(w -> reporter.report(image.dockerfile().source(), w.span(), "`" + i.keyword() + " "
                        + w.value() + "` puts the env file, and every secret in it, into an image layer; pass the"
                        + " values at run time instead (`env_file:` in Compose, `docker run --env-file`)"));
                if (whole.isEmpty()) {
                    continue;
                }
                if (copiedByImage && !image.chain().contains(ImageReach.stageOf(image.dockerfile(), i))) {
                    continue; // the image's own copy of the context is the one to report (and to fix)
                }
                SourceFile file = image.dockerfile().source();
                if (ignore.isEmpty()) {
                    reporter.report(file, i.span(), "`" + whole.get() + "` copies the whole build context and there is"
                            + " no .dockerignore: .env files, .git and virtualenvs go into the image; add a"
                            + " .dockerignore that excludes them", Fix.creating(Fix.Safety.UNSAFE,
                            "create a .dockerignore that leaves out .env files, .git and virtualenvs",
                            image.context().resolve(".dockerignore"), DOCKERIGNORE));
                    continue;
                }
                List<String> leaks = leaks(image.context(), top(image.context(), stack), ignore.get(), ctx.files());
                if (!leaks.isEmpty()) {
                    reporter.report(file, i.span(), "`" + whole.get() + "` would copy " + String.join(", ", leaks)
                            + " into the image: .dockerignore does not exclude "
                            + (leaks.size() == 1 ? "it" : "them") + "; add " + (leaks.size() == 1 ? "it" : "them")
                            + " to .dockerignore");
                }
            }
        }
    }

    /** A source of a COPY or ADD from the context that names a {@code .env} file (not a template of one). */
    private static Optional<Word> envFileCopy(FileCopy copy, BuiltImage image) {
        return copy.sources().stream()
                .map(w -> Map.entry(w, w.value().substring(w.value().lastIndexOf('/') + 1)))
                .filter(e -> ENV_FILE.matcher(e.getValue()).matches() && !SCRIPT.matcher(e.getValue()).matches())
                .map(Map.Entry::getKey)
                .filter(w -> !image.ignored(w.value().replaceFirst("^\\./", "")))
                .filter(w -> !committedWithoutSecrets(image, w.value()))
                .findFirst();
    }

    /**
     * An env file the repository commits (it is in a repository and no .gitignore covers it) holding no literal
     * secret, only defaults with empty values, placeholders or references (monica's
     * {@code COPY scripts/docker/.env.production .env}): the image gets nothing that every clone does not have.
     * A local developer's file (git-ignored, or outside a repository) and a committed one with a real secret stay
     * reported.
     */
    private static boolean committedWithoutSecrets(BuiltImage image, String source) {
        return image.contextFile(source)
                .filter(f -> RepoRoot.of(f.path()).isPresent())
                .map(DotEnvFile::read)
                .filter(env -> !env.gitIgnored() && !HardcodedSecret.holdsLiteralSecret(env))
                .isPresent();
    }

    /** {@code COPY . .} as written (options left out) when the copy from the context takes all of it. */
    private static Optional<String> wholeContextCopy(Instruction i, FileCopy copy) {
        if (copy.sources().stream().noneMatch(s -> WHOLE_CONTEXT.contains(s.value()))) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add(i.keyword());
        copy.sources().forEach(s -> words.add(s.value()));
        words.add(copy.destination().value());
        return Optional.of(String.join(" ", words));
    }

    /** Templates an env file is made from ({@code cp .env.example .env}). */
    private static final List<String> ENV_TEMPLATES = List.of(".env.example", ".env.sample", ".env.template",
            ".env.dist", ".env.defaults");

    /**
     * The project's env template sits in a folder above the context and none in it (a monorepo's root
     * {@code .env.example}, an app built from {@code apps/web}): the {@code .env} made from it is created up there,
     * outside what this build sends. Folders are read up to {@code top}.
     */
    private static boolean envMadeAbove(Path context, Optional<Path> top, FileProbe files) {
        if (top.isEmpty() || ENV_TEMPLATES.stream().anyMatch(t -> files.isFile(context.resolve(t)))) {
            return false;
        }
        for (Path dir = context.getParent(); dir != null && dir.startsWith(top.get()); dir = dir.getParent()) {
            Path d = dir;
            if (ENV_TEMPLATES.stream().anyMatch(t -> files.isFile(d.resolve(t)))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost linted folder holding the context, else its repository's root; empty when neither is known. */
    private static Optional<Path> top(Path context, Stack stack) {
        Path abs = context.toAbsolutePath().normalize();
        return stack.environments().roots().stream().filter(abs::startsWith)
                .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
                .or(() -> RepoRoot.of(abs));
    }

    /**
     * What the .dockerignore lets in: {@code .env} (it is created locally, never committed), {@code .git}
     * when the context is a repository root, virtualenvs that are in the context. A .dockerignore that leaves out
     * {@code .env.local} but not {@code .env} follows the convention of Symfony, Next.js and Vite: {@code .env} is
     * committed with defaults and the machine's secrets go into {@code .env.local}.
     */
    private static List<String> leaks(Path context, Optional<Path> top, Dockerignore ignore, FileProbe files) {
        List<String> leaks = new ArrayList<>();
        if (!ignore.matches(".env") && !ignore.matches(".env.local") && !envMadeAbove(context, top, files)) {
            leaks.add(".env");
        }
        if (files.exists(context.resolve(".git")) && !ignore.matches(".git")) {
            leaks.add(".git");
        }
        for (String venv : VIRTUALENVS) {
            if (files.isFile(context.resolve(venv).resolve("pyvenv.cfg")) && !ignore.matches(venv)) {
                leaks.add(venv);
            }
        }
        return leaks;
    }
}
