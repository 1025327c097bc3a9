package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/**
 * DL3021: COPY with several sources whose destination does not end with {@code /}. Destinations that can only
 * be folders ({@code .}, {@code ..}) or that start with a variable are left alone.
 */
public final class CopyDestNotDirectory extends InstructionRule<Instruction.Copy> {
    static final RuleMeta META = new RuleMeta("DL3021", "copy-dest-not-directory", Severity.ERROR, "COPY with several sources needs a destination folder ending in /.");

    public CopyDestNotDirectory() {
        super(Instruction.Copy.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Copy copy, Reporter reporter) {
        Word dest = copy.destination();
        String d = dest.value();
        if (copy.sources().size() > 1 && !(d.endsWith("/") || d.endsWith("\\") || d.equals(".") || d.equals("..")
                || d.endsWith("/.") || d.endsWith("/..") || d.startsWith("$"))) {
            reporter.report(dest.span(), "COPY of " + copy.sources().size() + " sources needs a folder as "
                    + "destination, and Docker requires it to end with /: write " + d + "/");
        }
    }
}
