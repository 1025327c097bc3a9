package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Rule;
import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a formatter writes.
 *
 * @param version    stacklint's version
 * @param files      the files linted (those whose findings are reported)
 * @param findings   the findings to show (already filtered and sorted)
 * @param rules      every rule known, for formats that describe them (SARIF)
 * @param root       the repository root: code-scanning formats (SARIF, GitHub, GitLab) name files relative to it
 * @param suppressed how many findings comments or configuration silenced
 * @param baselined  how many findings the baseline hid
 * @param fixedInBaseline how many baseline entries matched no finding
 * @param fixes      what {@code --fix} did, or which fixes a plain run would apply
 */
public record Report(String version, List<SourceFile> files, List<Finding> findings, List<Rule> rules,
                     Path root, int suppressed, int baselined, int fixedInBaseline, FixSummary fixes) {

    /**
     * @param fixing  the run applied fixes ({@code --fix})
     * @param applied how many it applied
     * @param unsafe  unsafe fixes are allowed ({@code --unsafe-fixes})
     */
    public record FixSummary(boolean fixing, int applied, boolean unsafe) {
        public static final FixSummary NONE = new FixSummary(false, 0, false);
    }

    public Report(String version, List<SourceFile> files, List<Finding> findings, List<Rule> rules,
                  Path root, int suppressed, int baselined, int fixedInBaseline) {
        this(version, files, findings, rules, root, suppressed, baselined, fixedInBaseline, FixSummary.NONE);
    }

    /** A report of a run without a baseline. */
    public Report(String version, List<SourceFile> files, List<Finding> findings, List<Rule> rules, Path root,
                  int suppressed) {
        this(version, files, findings, rules, root, suppressed, 0, 0);
    }

    /** The file's path relative to {@link #root()} with {@code /} separators, when the file is under it. */
    public Optional<String> rootRelative(SourceFile file) {
        return rootRelative(file.path());
    }

    /** As {@link #rootRelative(SourceFile)}, for a path (a file a fix creates). */
    public Optional<String> rootRelative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (!abs.startsWith(base) || abs.equals(base)) {
            return Optional.empty();
        }
        return Optional.of(base.relativize(abs).toString().replace('\\', '/'));
    }

    /** The path code-scanning formats show: relative to the root when under it, else as displayed. */
    public String scanPath(SourceFile file) {
        return rootRelative(file).orElse(file.displayPath());
    }
}
