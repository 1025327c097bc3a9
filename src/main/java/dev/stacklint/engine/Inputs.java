package dev.stacklint.engine;

import dev.stacklint.project.Discovery;
import dev.stacklint.source.FileKind;
import dev.stacklint.source.RepoRoot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a run reads, and which of them the user gave. Files named one by one (as pre-commit passes them)
 * bring their stack along for context — a Compose file its base or override file, a Dockerfile the Compose
 * files in its folder and the folders above it up to the repository root — but findings are reported only in
 * given files: those named, and everything under a named folder.
 */
final class Inputs {
    private static final int MAX_PARTNERS = 50;
    private final Map<Path, FileKind> files = new LinkedHashMap<>();
    private final Set<Path> named = new HashSet<>();
    private final List<Path> folders = new ArrayList<>();
    private final Map<Path, String> reasons = new LinkedHashMap<>();
    private final List<Discovery.Skipped> skipped = new ArrayList<>();
    /** Each folder's default Compose project, looked up once: every project of a batch asks about the folders above it. */
    private final Map<Path, List<Path>> defaultProjects = new java.util.concurrent.ConcurrentHashMap<>();

    private Inputs() {
    }

    static Inputs collect(LintRequest request, List<String> problems) {
        Inputs in = new Inputs();
        Path cwd = request.workingDir();
        for (Path p : request.composeFiles()) {
            in.name(cwd.resolve(p).toAbsolutePath().normalize(), FileKind.COMPOSE, "given with -f");
        }
        FileFilter.Bound filter = request.files().bind(cwd, request.config());
        List<Path> explicit = new ArrayList<>();
        request.stdin().ifPresent(s -> in.stdin(cwd, s, problems));
        for (Path p : request.paths()) {
            Path abs = cwd.resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                in.folders.add(abs);
                try {
                    List<Discovery.Found> found = Discovery.walk(abs, filter::why, in.skipped::add);
                    for (Discovery.Found f : found) {
                        Path file = f.path().toAbsolutePath().normalize();
                        if (in.files.putIfAbsent(file, f.kind()) == null) {
                            in.reasons.put(file, "found in " + p + " by its name" + (f.kind() == FileKind.WORKFLOW
                                    ? ": a CI workflow, read for the images it builds and pushes" : ""));
                        }
                    }
                    if (found.isEmpty()) {
                        problems.add("no Dockerfile or Compose file under " + p);
                    }
                } catch (IOException e) {
                    problems.add(p + ": cannot read folder: " + e.getMessage());
                }
            } else {
                explicit.add(abs);
            }
        }
        for (Path abs : explicit) {
            FileKind kind = Discovery.kindOfExplicit(abs);
            if (kind == FileKind.OTHER && Discovery.isYaml(abs.getFileName().toString())) {
                problems.add(cwd.relativize(abs) + ": not a Compose file (its top level is not Compose's); not linted");
                continue;
            }
            in.name(abs, kind, explicitReason(abs, kind));
            in.addContext(abs, kind);
        }
        return in;
    }

    /**
     * Standard input: its kind from the name it stands for and its text, never from a file on disk. Unnamed, it
     * stands alone (no stack around it is read); named, it brings its stack along as the file would.
     */
    private void stdin(Path cwd, LintRequest.StdinText input, List<String> problems) {
        Path abs = cwd.resolve(input.path()).toAbsolutePath().normalize();
        Optional<Path> name = input.named() ? Optional.of(abs) : Optional.empty();
        FileKind kind = Discovery.kindOfText(name, input.text());
        if (kind == FileKind.OTHER && name.isEmpty()) {
            problems.add("standard input: cannot tell whether it is a Dockerfile or a Compose file (no FROM or ARG "
                    + "first, no top-level services: or include:); not linted. Name it with --stdin-filename");
            return;
        }
        if (kind == FileKind.OTHER) {
            problems.add("standard input (" + input.path() + "): neither a Dockerfile nor a Compose file by its name "
                    + "or its text; only the stack around it is checked");
        }
        name(abs, kind, "standard input" + (name.isPresent() ? " standing for " + input.path() : ""));
        if (name.isPresent()) {
            addContext(abs, kind);
        }
    }

    /**
     * Keeps the first {@code max} files in path order (named files first) and says how many were left out, so that a
     * huge tree costs bounded time and memory.
     */
    void keepAtMost(int max, List<String> problems) {
        if (files.size() <= max) {
            return;
        }
        List<Path> order = new ArrayList<>(files.keySet());
        order.sort(Comparator.comparing((Path p) -> !named.contains(p)).thenComparing(Path::toString));
        Set<Path> kept = new HashSet<>(order.subList(0, max));
        files.keySet().retainAll(kept);
        problems.add((order.size() - max) + " of " + order.size() + " files were not linted: a run reads at most "
                + max + " files (limits.files in .stacklint.yaml)");
    }

    /** Why a file named on the command line is read as what it is: its name, its content, or its stack. */
    private static String explicitReason(Path abs, FileKind kind) {
        String how = "named on the command line";
        if (kind == FileKind.OTHER) {
            return how + "; not a Dockerfile or Compose file: checked through the stack around it";
        }
        if (kind == FileKind.WORKFLOW) {
            return how + "; a CI workflow by its path, read for the images it builds and pushes";
        }
        if (Discovery.kindOf(abs.getFileName().toString()) != FileKind.OTHER) {
            return how + "; the name says what it is";
        }
        return how + (kind == FileKind.DOCKERFILE ? "; its first instruction is FROM or ARG" : "; a YAML file");
    }

    /** The Dockerfiles beside a file: a lone Dockerfile's stack reaches the app files in its folder. */
    private static List<Path> siblingDockerfiles(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.filter(f -> Files.isRegularFile(f)
                            && Discovery.kindOf(f.getFileName().toString()) == FileKind.DOCKERFILE)
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Every file to read, with its kind, in the order found. */
    Map<Path, FileKind> files() {
        return files;
    }

    /**
     * The default project an add-on file is loaded over: a Compose file found by its content rather than its name
     * ({@code jibri.yml}, {@code scenarios/add-ollama.yml}) is meant for {@code docker compose -f docker-compose.yml
     * -f jibri.yml}, so the nearest default project in its folder or a folder above it (up to the folder given or
     * the repository root, whichever is nearer) comes first; in a folder without one, the file it is named after
     * ({@link NamedBase}). Empty for files a Compose name marks, when there is no such project, and for a file that
     * stands on its own beside it ({@link Overlays}).
     */
    List<Path> addOnBase(Path file) {
        if (Discovery.kindOf(file.getFileName().toString()) == FileKind.COMPOSE) {
            return pieceBase(file);
        }
        Path dir = file.getParent();
        Path top = top(file);
        for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
            List<Path> project = defaultProject(d);
            Optional<Path> named = project.isEmpty() && d.equals(dir) ? NamedBase.of(file) : Optional.empty();
            if (named.isPresent()) {
                return Overlays.isOverlayOfNamedBase(file, List.of(named.get())) ? List.of(named.get()) : List.of();
            }
            if (!project.isEmpty()) {
                return Overlays.isOverlay(file, project) ? project : List.of();
            }
        }
        return List.of();
    }

    /**
     * The project a Compose-named file is a piece of: a file that is not runnable alone (a service defined only in
     * part, a network or service only the project declares) and is not combined with anything in its own folder is
     * laid over the nearest default project in a folder above ({@code docker compose -f suites/compose.yml -f
     * suites/example/redis/compose.yml}, a list a script writes). Its paths are then relative to that project's
     * folder, as Compose reads them. An add-on beside a piece ({@code ldap/compose.admin.yml} beside
     * {@code ldap/compose.yml}) is laid over both. Empty for a file that is (part of) a project of its own folder.
     * A service that an add-on beside the file completes ({@code docker-compose.prod.yml} giving it its image) is
     * not partial: the file is their base, a piece only when it borrows a name of the project above.
     */
    private List<Path> pieceBase(Path file) {
        Path dir = file.getParent();
        if (DevContainerFiles.names(file)) {
            return List.of(); // combined as its devcontainer.json says
        }
        List<Path> own = defaultProject(dir);
        if (own.size() == 1 && !own.get(0).equals(file)) {
            List<Path> below = pieceBase(own.get(0));
            List<Path> base = new ArrayList<>(below);
            base.addAll(own);
            if (below.isEmpty() || !Overlays.isOverlay(file, base)) {
                return List.of(); // an add-on of its folder's project, or a file of its own
            }
            return base;
        }
        if (own.size() > 1) {
            return List.of(); // a project of its own folder, with its override
        }
        Path top = top(file);
        for (Path d = dir.getParent(); d != null && d.startsWith(top); d = d.getParent()) {
            List<Path> project = defaultProject(d);
            if (!project.isEmpty()) {
                // a service an add-on beside the file completes is no sign of a piece (coolify's
                // other/nightly/docker-compose.yml, whose docker-compose.prod.yml gives it its image)
                Set<String> completed = Overlays.completedBeside(file, ComposeGroups.addOnsOfMain(file));
                return Overlays.isPieceOf(file, project, completed) ? project : List.of();
            }
        }
        return List.of();
    }

    private List<Path> defaultProject(Path dir) {
        return defaultProjects.computeIfAbsent(dir, ComposeGroups::defaultProject);
    }

    /** How far up a file's base is looked for: the folder given or the repository root, whichever is nearer. */
    private Path top(Path file) {
        Path dir = file.getParent();
        Optional<Path> given = folders.stream().filter(file::startsWith).max(Comparator.comparingInt(Path::getNameCount));
        Optional<Path> repo = RepoRoot.of(dir);
        return given.map(g -> repo.filter(r -> r.startsWith(g)).orElse(g)).orElse(repo.orElse(dir));
    }

    /**
     * The add-ons beside {@code addOn} laid over the same project ({@code -f docker-compose.yml -f
     * extensions/fleet/fleet-compose.yml -f extensions/fleet/agent-compose.yml}): add-ons kept in one folder are
     * written to be combined, so each may name what the others declare. A bounded number, in name order.
     */
    List<Path> addOnPartners(Path addOn, List<Path> base) {
        Path dir = addOn.getParent();
        try (var entries = Files.list(dir)) {
            return entries.map(f -> f.toAbsolutePath().normalize()).filter(f -> !f.equals(addOn)
                            && Files.isRegularFile(f) && Discovery.isYaml(f.getFileName().toString()))
                    .sorted().limit(MAX_PARTNERS)
                    .filter(f -> Discovery.kindFound(f) == FileKind.COMPOSE && addOnBase(f).equals(base)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** True when findings in {@code path} are reported without {@code --all-related}. */
    boolean isGiven(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return named.contains(abs) || folders.stream().anyMatch(abs::startsWith);
    }

    /** Why each file is read ({@code --list-files}). */
    Map<Path, String> reasons() {
        return reasons;
    }

    /** What the folder searches left out. */
    List<Discovery.Skipped> skipped() {
        return skipped;
    }

    private void name(Path abs, FileKind kind, String reason) {
        named.add(abs);
        files.putIfAbsent(abs, kind);
        reasons.putIfAbsent(abs, reason);
    }

    private void context(Path abs, FileKind kind, Path of) {
        if (files.putIfAbsent(abs, kind) == null) {
            reasons.put(abs, "read for the stack of " + of.getFileName() + " (its findings are reported with --all-related)");
        }
    }

    private void addContext(Path file, FileKind kind) {
        if (kind == FileKind.WORKFLOW) {
            return; // the Dockerfiles it builds are looked at where it names them
        }
        Path dir = file.getParent();
        if (kind == FileKind.COMPOSE) {
            List<Path> project = defaultProject(dir);
            if (project.contains(file)) { // the primary file or its override: docker compose reads both
                project.forEach(f -> context(f, FileKind.COMPOSE, file));
            }
        } else {
            // A Dockerfile, or an app file named for its stack findings: the Compose projects that may build it.
            Path top = RepoRoot.of(dir).orElse(dir);
            for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
                defaultProject(d).forEach(f -> context(f, FileKind.COMPOSE, file));
            }
            if (kind == FileKind.OTHER) {
                siblingDockerfiles(dir).forEach(f -> context(f, FileKind.DOCKERFILE, file));
            }
        }
    }
}
