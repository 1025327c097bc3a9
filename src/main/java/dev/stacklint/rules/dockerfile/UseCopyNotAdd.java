package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DL3020: ADD of plain local files or folders, where COPY does the same without ADD's surprises. URLs, git
 * repositories, local tar archives (which ADD unpacks), heredocs and sources held in variables are left alone.
 */
public final class UseCopyNotAdd extends InstructionRule<Instruction.Add> {
    static final RuleMeta META = new RuleMeta("DL3020", "use-copy-not-add", Severity.ERROR,
            "ADD copies plain local files; COPY does that without ADD's URL and archive magic.")
            .fixable(Fix.Safety.SAFE);

    /** ADD's options that COPY has too ({@code --checksum}, {@code --keep-git-dir}, {@code --unpack} are ADD's own). */
    private static final Set<String> COPY_FLAGS = Set.of("chown", "chmod", "link", "exclude");

    /** Suffixes of the archives ADD extracts (tar, possibly compressed); zip is not among them. */
    private static final List<String> ARCHIVES = List.of(".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".tb2",
            ".xz", ".txz", ".lz", ".lzma", ".tlz", ".z", ".tz", ".zst", ".tzst");

    public UseCopyNotAdd() {
        super(Instruction.Add.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Add add, Reporter reporter) {
        add.sources().stream().filter(s -> isPlainFile(s.value())).findFirst().ifPresent(s -> reporter.report(
                s.span(), "ADD of the local path " + s.value() + " only copies it: use COPY, which does "
                        + "nothing more (ADD is for URLs and for tar archives to unpack)", fix(dockerfile, add)));
    }

    /**
     * ADD becomes COPY (in the keyword's case) when every source is a plain local path written without a variable
     * and every option is one COPY has; null otherwise (ADD would still fetch or unpack one of the sources).
     */
    private static Fix fix(Dockerfile dockerfile, Instruction.Add add) {
        boolean plain = add.heredocs().isEmpty() && add.sources().stream()
                .allMatch(s -> isPlainFile(s.value()) && s.isLiteral());
        if (!plain || !add.flags().stream().allMatch(f -> COPY_FLAGS.contains(f.name().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        boolean lower = dockerfile.source().slice(add.keywordSpan()).equals("add");
        return Fix.safe("use COPY instead of ADD", new Edit(add.keywordSpan(), lower ? "copy" : "COPY"));
    }

    private static boolean isPlainFile(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return !(s.contains("://") || s.startsWith("git@") || s.startsWith("<<") || s.startsWith("$")
                || ARCHIVES.stream().anyMatch(s::endsWith));
    }
}
