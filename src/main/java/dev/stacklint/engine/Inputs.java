package dev.stacklint.engine;

import dev.stacklint.project.Discovery;
import dev.stacklint.project.RepoRoot;
import dev.stacklint.source.FileKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a run reads, and which of them the user gave. Files named one by one (as pre-commit passes them)
 * bring their stack along for context — a Compose file its base or override file, a Dockerfile the Compose
 * files in its folder and the folders above it up to the repository root — but findings are reported only in
 * given files: those named, and everything under a named folder.
 */
final class Inputs {
    private final Map<Path, FileKind> files = new LinkedHashMap<>();
    private final Set<Path> named = new HashSet<>();
    private final List<Path> folders = new ArrayList<>();
    private final Map<Path, String> reasons = new LinkedHashMap<>();
    private final List<Discovery.Skipped> skipped = new ArrayList<>();

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
        request.stdin().ifPresent(s -> explicit.add(cwd.resolve(s.path()).toAbsolutePath().normalize()));
        for (Path p : request.paths()) {
            Path abs = cwd.resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                in.folders.add(abs);
                try {
                    for (Discovery.Found f : Discovery.walk(abs, filter::why, in.skipped::add)) {
                        Path found = f.path().toAbsolutePath().normalize();
                        if (in.files.putIfAbsent(found, f.kind()) == null) {
                            in.reasons.put(found, "found in " + p + " by its name");
                        }
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
            in.name(abs, kind, explicitReason(abs, kind, request));
            in.addContext(abs, kind);
        }
        return in;
    }

    /** Why a file named on the command line is read as what it is: its name, its content, or its stack. */
    private static String explicitReason(Path abs, FileKind kind, LintRequest request) {
        String how = request.stdin().filter(s -> request.workingDir().resolve(s.path()).toAbsolutePath().normalize()
                .equals(abs)).isPresent() ? "standard input" : "named on the command line";
        if (kind == FileKind.OTHER) {
            return how + "; not a Dockerfile or Compose file: checked through the stack around it";
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
        Path dir = file.getParent();
        if (kind == FileKind.COMPOSE) {
            List<Path> project = ComposeGroups.defaultProject(dir);
            if (project.contains(file)) { // the primary file or its override: docker compose reads both
                project.forEach(f -> context(f, FileKind.COMPOSE, file));
            }
        } else {
            // A Dockerfile, or an app file named for its stack findings: the Compose projects that may build it.
            Path top = RepoRoot.of(dir).orElse(dir);
            for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
                ComposeGroups.defaultProject(d).forEach(f -> context(f, FileKind.COMPOSE, file));
            }
            if (kind == FileKind.OTHER) {
                siblingDockerfiles(dir).forEach(f -> context(f, FileKind.DOCKERFILE, file));
            }
        }
    }
}
