package dev.stacklint.engine;

import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Edits;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Fix;
import dev.stacklint.source.RepoRoot;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code --fix}: lints, applies the allowed fixes of the findings reported, and lints the fixed text again, until a
 * pass has nothing left to apply or {@link #MAX_PASSES} are done. Works on texts only: the caller writes them
 * ({@code --fix}) or prints their diff ({@code --diff}).
 *
 * <p>A fix is left out when its file does not parse or is not plain UTF-8 text, when one of its edits touches a
 * YAML anchor or alias or an interpolated {@code ${…}} region, when the file changed since the rule read it, or when
 * the fixed text would not parse. Of two fixes whose edits overlap, the first is applied and the second is offered
 * again by the next pass's lint.
 */
public final class Fixer {
    public static final int MAX_PASSES = 10;

    private final Linter linter;

    public Fixer(Linter linter) {
        this.linter = linter;
    }

    /**
     * A file the fixes changed or created.
     *
     * @param original its text before the first fix; empty for a file a fix creates
     */
    public record FixedFile(Path path, String displayPath, Optional<String> original, String text) {
    }

    /**
     * @param result  the lint of the fixed texts: the findings that remain
     * @param files   the files changed, in path order
     * @param applied how many fixes were applied
     */
    public record Outcome(LintResult result, List<FixedFile> files, int applied) {
    }

    /**
     * @param unsafe     apply unsafe fixes too
     * @param changeable which files may be changed or created (standard input: only the file it stands for)
     */
    public Outcome fix(LintRequest request, boolean unsafe, Predicate<Path> changeable) {
        return fix(request, unsafe, f -> true, changeable);
    }

    /**
     * @param wanted which findings to fix among those reported ({@code --quiet}: only errors, as ESLint's
     *               {@code --fix --quiet})
     */
    public Outcome fix(LintRequest request, boolean unsafe, Predicate<Finding> wanted, Predicate<Path> changeable) {
        Map<Path, FixedFile> changed = new LinkedHashMap<>();
        Set<Path> refused = new HashSet<>();
        int applied = 0;
        LintResult result = linter.lint(request);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Pass p = new Pass(changed, refused, changeable, request.workingDir().toAbsolutePath().normalize());
            for (Finding f : result.findings()) {
                if (f.fix() != null && f.fix().allowed(unsafe) && wanted.test(f)) {
                    p.offer(f, result.findings());
                }
            }
            int n = p.apply();
            if (n == 0) {
                break;
            }
            applied += n;
            Map<Path, String> overlays = new HashMap<>(request.overlays());
            changed.values().forEach(c -> overlays.put(c.path(), c.text()));
            result = linter.lint(request.withOverlays(overlays));
        }
        return new Outcome(result, changed.values().stream()
                .filter(c -> c.original().map(o -> !o.equals(c.text())).orElse(true))
                .sorted(java.util.Comparator.comparing(FixedFile::displayPath)).toList(), applied);
    }

    /** The fixes one pass applies: per file, the base text and the edits accepted so far. */
    private static final class Pass {
        private final Map<Path, FixedFile> changed;
        private final Set<Path> refused;
        private final Predicate<Path> changeable;
        private final Path workingDir;
        private final Map<Path, Target> targets = new LinkedHashMap<>();

        Pass(Map<Path, FixedFile> changed, Set<Path> refused, Predicate<Path> changeable, Path workingDir) {
            this.changed = changed;
            this.refused = refused;
            this.changeable = changeable;
            this.workingDir = workingDir;
        }

        void offer(Finding f, List<Finding> all) {
            Fix fix = f.fix();
            Path path = fix.newFile().orElse(f.file().path());
            if (refused.contains(path) || !changeable.test(path)) {
                return;
            }
            Target target = targets.get(path);
            if (target == null) {
                target = fix.newFile().isPresent() ? newFile(path, f.file()) : existing(f.file(), all);
                if (target == null) {
                    refused.add(path);
                    return;
                }
                targets.put(path, target);
            }
            if (fix.newFile().isPresent() != target.created() || !target.base().equals(baseOf(f, fix))) {
                return; // the file changed since the rule read it, or another fix creates it: the next pass sees it
            }
            for (Edit e : fix.edits()) {
                if (target.protectedSpans().stream().anyMatch(s -> touches(e.span(), s))
                        || target.edits().stream().anyMatch(o -> conflict(e.span(), o.span()))) {
                    return;
                }
            }
            target.fixes().add(fix);
            target.edits().addAll(fix.edits());
        }

        private static String baseOf(Finding f, Fix fix) {
            return fix.newFile().isPresent() ? "" : f.file().text();
        }

        private Target existing(SourceFile file, List<Finding> all) {
            FixedFile before = changed.get(file.path());
            if (before != null && !before.text().equals(file.text())) {
                return null; // read stale (a reader --diff's texts do not reach): never guess
            }
            FixSyntax syntax = FixSyntax.of(file.path(), all.stream().filter(f -> f.file().path().equals(file.path())).toList());
            Optional<List<Span>> spans = syntax.protectedSpans(file);
            return spans.map(s -> new Target(file.path(), file.displayPath(), file.text(), false, syntax, s,
                    new ArrayList<>(), new ArrayList<>())).orElse(null);
        }

        /**
         * A file a fix creates: in the folder of the finding's file or one above it, inside the working folder or
         * the repository (a build context of {@code ../..} does not reach out of the project).
         */
        private Target newFile(Path path, SourceFile finding) {
            Path folder = path.getParent();
            boolean inside = path.startsWith(workingDir)
                    || RepoRoot.of(finding.path()).map(path::startsWith).orElse(false);
            if (Files.exists(path) || changed.containsKey(path) || !Files.isDirectory(folder)
                    || !finding.path().getParent().startsWith(folder) || !inside) {
                return null;
            }
            return new Target(path, SourceFiles.displayPath(workingDir, path), "", true, FixSyntax.PLAIN, List.of(),
                    new ArrayList<>(), new ArrayList<>());
        }

        /** Applies each file's accepted edits; returns how many fixes were applied. */
        int apply() {
            int n = 0;
            for (Target t : targets.values()) {
                if (t.fixes().isEmpty()) {
                    continue;
                }
                String eol = t.base().contains("\r\n") && !t.base().replace("\r\n", "").contains("\n") ? "\r\n" : "\n";
                List<Edit> edits = t.edits().stream()
                        .map(e -> eol.equals("\n") ? e : new Edit(e.span(), e.replacement().replaceAll("(?<!\r)\n", "\r\n")))
                        .toList();
                String text = Edits.apply(t.base(), edits);
                if (!t.syntax().parses(new SourceFile(t.path(), t.displayPath(), text))) {
                    refused.add(t.path()); // a fix would break the file: leave it as it is
                    continue;
                }
                FixedFile before = changed.get(t.path());
                Optional<String> original = before != null ? before.original()
                        : t.created() ? Optional.empty() : Optional.of(t.base());
                changed.put(t.path(), new FixedFile(t.path(), t.displayPath(), original, text));
                n += t.fixes().size();
            }
            return n;
        }
    }

    private record Target(Path path, String displayPath, String base, boolean created, FixSyntax syntax,
                          List<Span> protectedSpans, List<Fix> fixes, List<Edit> edits) {
    }

    /** An edit touches a protected span when it changes a character of it or inserts inside it. */
    static boolean touches(Span edit, Span region) {
        if (edit.length() == 0) {
            return region.start() < edit.start() && edit.start() < region.end();
        }
        return edit.start() < region.end() && region.start() < edit.end();
    }

    /** Two edits of one pass conflict when they overlap, or insert at the same place (their order is not known). */
    static boolean conflict(Span a, Span b) {
        if (a.length() == 0 && b.length() == 0) {
            return a.start() == b.start();
        }
        return touches(a, b) || touches(b, a);
    }
}
