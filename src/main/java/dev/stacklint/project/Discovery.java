package dev.stacklint.project;

import dev.stacklint.ci.WorkflowReader;
import dev.stacklint.compose.ComposeSniffer;
import dev.stacklint.source.FileKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Finds the files stacklint lints: Dockerfiles, Compose files and CI workflows, recursively under folders. */
public final class Discovery {
    /** Folders that never hold files of the user's stack, or that are too large to walk for nothing. */
    private static final Set<String> SKIPPED_DIRS = Set.of(
            ".git", ".hg", ".svn", "node_modules", "target", ".venv", "venv", "__pycache__",
            ".tox", ".mypy_cache", ".pytest_cache", ".idea", ".gradle");
    /**
     * What a {@code vendor} folder of dependencies holds: Go's {@code go mod vendor} list, Composer's autoloader,
     * Bundler's {@code --path vendor/bundle} gems. Their Dockerfiles and Compose files are the dependencies' own,
     * never built by the project (tempo vendors the Go modules it uses, with their test stacks).
     */
    private static final List<String> VENDORED_MARKERS = List.of("modules.txt", "autoload.php", "bundle/ruby");

    /** {@code FROM [--flag=...] image [AS name]} or {@code ARG name[=value]}; a Python {@code from x import y} is neither. */
    private static final Pattern FIRST_INSTRUCTION =
            // possessive: with `(\s+--\S+)*\s+\S+` a line of many flags was tried at every split (quadratic)
            Pattern.compile("(?i)(FROM(?:\\s++--\\S++)*+\\s++\\S++(?:\\s++AS\\s++\\S++)?+"
                    + "|ARG\\s++[A-Za-z_][A-Za-z0-9_]*+(?:=.*)?)\\s*");

    private Discovery() {
    }

    /** A file found, and what kind it is. */
    public record Found(Path path, FileKind kind) {
    }

    /** A {@code vendor} folder that a package manager filled with the project's dependencies. */
    private static boolean vendored(Path dir) {
        return dir.getFileName().toString().equals("vendor")
                && VENDORED_MARKERS.stream().anyMatch(m -> Files.exists(dir.resolve(m)));
    }

    /**
     * Extensions that say a file is something else, whatever its name starts with: {@code dockerfile.yaml} is a
     * workflow, {@code Dockerfile.md} its documentation, {@code Dockerfile.sh} a build script, {@code dockerfile.svg}
     * an icon (a web UI's logo for Dockerfile resources).
     */
    private static final Set<String> NOT_DOCKERFILE_EXTENSIONS = Set.of("yml", "yaml", "json", "md", "markdown",
            "rst", "adoc", "txt", "sh", "bash", "ps1", "bat", "cmd", "py", "js", "ts", "toml", "ini", "cfg", "xml",
            "html", "lock", "log", "csv", "diff", "patch", "svg", "png", "jpg", "jpeg", "gif", "webp", "ico", "pdf",
            "css", "zip", "gz", "tgz");

    /**
     * The kind a file name says; {@link FileKind#OTHER} when the name is neither a Dockerfile nor a Compose file.
     * Names are compared case-insensitively ({@code dockerfile}, {@code DOCKERFILE}); a Dockerfile or Compose
     * name with a template extension ({@code Dockerfile.j2}, {@code compose.yaml.tpl}) is a
     * {@link FileKind#TEMPLATE}.
     */
    public static FileKind kindOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".dockerignore")) {
            return FileKind.DOCKERIGNORE;
        }
        if (TemplateSource.hasTemplateExtension(n)) {
            String rendered = TemplateSource.rendered(n);
            return isDockerfileName(rendered) || isComposeName(rendered) ? FileKind.TEMPLATE : FileKind.OTHER;
        }
        if (isDockerfileName(n)) {
            return FileKind.DOCKERFILE;
        }
        return isComposeName(n) ? FileKind.COMPOSE : FileKind.OTHER;
    }

    private static boolean isDockerfileName(String n) {
        if (n.equals("dockerfile") || n.equals("containerfile") || n.endsWith(".dockerfile")) {
            return true;
        }
        return (n.startsWith("dockerfile.") || n.startsWith("containerfile."))
                && !NOT_DOCKERFILE_EXTENSIONS.contains(TemplateSource.extension(n));
    }

    private static boolean isComposeName(String n) {
        return (n.startsWith("compose") || n.startsWith("docker-compose")) && (n.endsWith(".yml") || n.endsWith(".yaml"));
    }

    /**
     * The kind of a file found by name: a Dockerfile or Compose file under a template path is a template; a
     * {@code .github/workflows/*.yml} or {@code .gitlab-ci.yml} is a CI workflow.
     */
    static FileKind kindOf(Path file) {
        if (WorkflowReader.isWorkflow(file)) {
            return FileKind.WORKFLOW;
        }
        FileKind kind = kindOf(fileName(file));
        boolean linted = kind == FileKind.DOCKERFILE || kind == FileKind.COMPOSE;
        return linted && TemplateSource.why(file).isPresent() ? FileKind.TEMPLATE : kind;
    }

    /** A Compose file by its name alone: a Compose name, or any YAML file (as extended, included or given). */
    public static boolean isComposeByName(Path file) {
        String n = fileName(file).toLowerCase(Locale.ROOT);
        FileKind kind = kindOf(n);
        return kind == FileKind.COMPOSE || (kind == FileKind.OTHER && (n.endsWith(".yml") || n.endsWith(".yaml")));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString();
    }

    /**
     * The kind of a file the user named explicitly: by name; else a YAML file is a Compose file unless its start
     * shows it is other YAML (a workflow, a Kubernetes manifest...), and any other file whose first instruction-like
     * line is a Dockerfile instruction is read as a Dockerfile, as hadolint lints any Dockerfile it is given.
     * Anything else (an {@code app.py} named for its stack findings) is {@link FileKind#OTHER}: not parsed itself.
     */
    public static FileKind kindOfExplicit(Path file) {
        FileKind kind = kindOf(file);
        if (kind != FileKind.OTHER) {
            return kind;
        }
        if (isYaml(fileName(file))) {
            return sniff(file) == ComposeSniffer.Verdict.NOT_COMPOSE ? FileKind.OTHER : FileKind.COMPOSE;
        }
        return looksLikeDockerfile(file) ? FileKind.DOCKERFILE : FileKind.OTHER;
    }

    /** The kind of a file found in a folder: by name, and a YAML file of another name when it reads as Compose. */
    public static FileKind kindFound(Path file) {
        FileKind kind = kindOf(file);
        if (kind == FileKind.OTHER && isYaml(fileName(file)) && sniff(file) == ComposeSniffer.Verdict.COMPOSE) {
            return TemplateSource.why(file).isPresent() ? FileKind.TEMPLATE : FileKind.COMPOSE;
        }
        return kind;
    }

    /** A {@code .yml} or {@code .yaml} file name, in any case. */
    public static boolean isYaml(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    /** What the first {@link ComposeSniffer#PREFIX_CHARS} characters of a YAML file look like. */
    private static ComposeSniffer.Verdict sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ComposeSniffer.PREFIX_CHARS);
            return ComposeSniffer.sniff(new String(head, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return ComposeSniffer.Verdict.UNKNOWN; // reading it later says why
        }
    }

    /** The first line that is not blank or a comment starts with FROM or ARG (what a Dockerfile must start with). */
    private static boolean looksLikeDockerfile(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return looksLikeDockerfile(in);
        } catch (IOException | UncheckedIOException e) {
            return false; // unreadable or not text: not a Dockerfile; reading it later says why
        }
    }

    private static boolean looksLikeDockerfile(BufferedReader in) throws IOException {
        for (int i = 0; i < 200; i++) {
            String line = in.readLine();
            if (line == null) {
                return false;
            }
            String t = (i == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return FIRST_INSTRUCTION.matcher(t).matches();
        }
        return false;
    }

    /**
     * The kind of text read from standard input, never looking at the disk: by the name it stands for, as
     * {@link #kindOfExplicit} judges a file, with the text in place of the file's content; without a name, by
     * the text alone (a first instruction is a Dockerfile, a top-level {@code services:} or {@code include:}
     * mapping a Compose file), {@link FileKind#OTHER} when it tells neither.
     */
    public static FileKind kindOfText(Optional<Path> name, String text) {
        if (name.isPresent()) {
            FileKind kind = kindOf(name.get());
            if (kind != FileKind.OTHER) {
                return kind;
            }
            if (isYaml(fileName(name.get()))) {
                return ComposeSniffer.sniff(text) == ComposeSniffer.Verdict.NOT_COMPOSE ? FileKind.OTHER : FileKind.COMPOSE;
            }
        }
        try {
            if (looksLikeDockerfile(new BufferedReader(new StringReader(text)))) {
                return FileKind.DOCKERFILE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (name.isPresent()) {
            return FileKind.OTHER;
        }
        ComposeSniffer.Verdict v = ComposeSniffer.sniff(text);
        return v == ComposeSniffer.Verdict.COMPOSE || v == ComposeSniffer.Verdict.COMPOSE_SHAPED ? FileKind.COMPOSE : FileKind.OTHER;
    }

    /** What a folder search leaves out (excluded or ignored files and folders), and why. */
    @FunctionalInterface
    public interface Exclusion {
        Exclusion NONE = (path, dir) -> Optional.empty();

        Optional<String> why(Path path, boolean dir);
    }

    /** A file or folder a search left out, and why. */
    public record Skipped(Path path, boolean dir, String why) {
    }

    /** Lints-worthy files under {@code root} (a folder), sorted by path; symbolic links to folders are not followed. */
    public static List<Found> walk(Path root) throws IOException {
        return walk(root, Exclusion.NONE, s -> { });
    }

    /**
     * Lints-worthy files under {@code root} that {@code exclusion} keeps, sorted by path; the Dockerfiles, Compose
     * files and folders it leaves out go to {@code skipped}. The root itself is always searched.
     */
    public static List<Found> walk(Path root, Exclusion exclusion, Consumer<Skipped> skipped) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                if (!dir.equals(root) && name != null && (SKIPPED_DIRS.contains(name.toString()) || vendored(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Optional<String> why = dir.equals(root) ? Optional.empty() : exclusion.why(dir, true);
                why.ifPresent(w -> skipped.accept(new Skipped(dir, true, w)));
                return why.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // a link to a file is that file; a broken link (or a link to a folder) is kept by its name, so
                // that reading it reports it
                boolean linkToFile = attrs.isSymbolicLink() && Files.isRegularFile(file);
                FileKind kind = attrs.isRegularFile() || linkToFile ? kindFound(file) : kindOf(file);
                if (kind == FileKind.DOCKERFILE || kind == FileKind.COMPOSE || kind == FileKind.TEMPLATE
                        || kind == FileKind.WORKFLOW) {
                    add(file, kind);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                // an entry that cannot be opened is reported by reading it when its name is ours; the walk goes on
                FileKind kind = kindOf(file);
                if (kind == FileKind.DOCKERFILE || kind == FileKind.COMPOSE) {
                    add(file, kind);
                }
                return FileVisitResult.CONTINUE;
            }

            private void add(Path file, FileKind kind) {
                Optional<String> why = exclusion.why(file, false);
                if (why.isPresent()) {
                    skipped.accept(new Skipped(file, false, why.get()));
                } else {
                    found.add(new Found(file, kind));
                }
            }
        });
        found.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return found;
    }
}
