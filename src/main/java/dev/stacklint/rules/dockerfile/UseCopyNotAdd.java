package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.List;
import java.util.Locale;

/**
 * DL3020: ADD of plain local files or folders, where COPY does the same without ADD's surprises. URLs, git
 * repositories, local tar archives (which ADD unpacks), heredocs and sources held in variables are left alone.
 */
public final class UseCopyNotAdd extends InstructionRule<Instruction.Add> {
    static final RuleMeta META = new RuleMeta("DL3020", "use-copy-not-add", Severity.ERROR, Target.DOCKERFILE,
            "ADD copies plain local files; COPY does that without ADD's URL and archive magic.");

    /** Suffixes of the archives ADD extracts (tar, possibly compressed); zip is not among them. */
    private static final List<String> ARCHIVES = List.of(".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".tb2",
            ".xz", ".txz", ".lz", ".lzma", ".tlz", ".z", ".tz", ".zst", ".tzst");

    public UseCopyNotAdd() {
        super(Instruction.Add.class);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    void check(Instruction.Add add, Reporter reporter) {
        add.sources().stream().filter(s -> isPlainFile(s.value())).findFirst().ifPresent(s -> reporter.report(
                s.span(), "ADD of the local path " + s.value() + " only copies it: use COPY, which does "
                        + "nothing more (ADD is for URLs and for tar archives to unpack)"));
    }

    private static boolean isPlainFile(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return !(s.contains("://") || s.startsWith("git@") || s.startsWith("<<") || s.startsWith("$")
                || ARCHIVES.stream().anyMatch(s::endsWith));
    }
}
