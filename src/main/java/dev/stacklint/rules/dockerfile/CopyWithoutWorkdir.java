package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * DL3045: COPY to a relative destination in a stage where no WORKDIR was set (a stage built FROM an earlier
 * stage inherits that stage's WORKDIR; an ONBUILD WORKDIR counts for ONBUILD COPY). A stage FROM scratch has no base
 * image to inherit a working directory from: it is {@code /}, so a relative destination there is well defined.
 */
public final class CopyWithoutWorkdir implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3045", "copy-without-workdir", Severity.WARNING, "COPY to a relative destination in a stage that never set WORKDIR.").in(Category.STYLE);

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Set<String> stagesWithWorkdir = new HashSet<>();
        String stage = null;
        boolean workdir = false;
        boolean onbuildWorkdir = false;
        for (Instruction instruction : dockerfile.instructions()) {
            switch (instruction) {
                case Instruction.From from -> {
                    String image = from.image().value().toLowerCase(Locale.ROOT);
                    workdir = stagesWithWorkdir.contains(image) || image.equals("scratch");
                    onbuildWorkdir = false;
                    stage = from.alias().map(a -> a.value().toLowerCase(Locale.ROOT)).orElse(null);
                    if (workdir && stage != null) {
                        stagesWithWorkdir.add(stage);
                    }
                }
                case Instruction.Workdir w -> {
                    workdir = true;
                    if (stage != null) {
                        stagesWithWorkdir.add(stage);
                    }
                }
                case Instruction.Onbuild o when o.inner() instanceof Instruction.Workdir -> onbuildWorkdir = true;
                default -> {
                    boolean set = workdir || (instruction instanceof Instruction.Onbuild && onbuildWorkdir);
                    if (instruction.effective() instanceof Instruction.Copy copy && !set) {
                        check(copy.destination(), reporter);
                    }
                }
            }
        }
    }

    private static void check(Word dest, Reporter reporter) {
        if (!dest.value().isEmpty() && !Paths.isAbsoluteOrVariable(dest.value())) {
            reporter.report(dest.span(), "the destination " + dest.value() + " is relative, but no WORKDIR is set, "
                    + "so it lands wherever the base image's working directory is: set WORKDIR first, or use an "
                    + "absolute path");
        }
    }
}
