package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SL101: in one stage, a COPY/ADD of the whole build context comes before a dependency install, so any source
 * change invalidates the install layer. Quiet for an ecosystem whose install already ran earlier in the stage
 * (manifests copied first; a later {@code uv sync} or {@code pip install -e .} only adds the project).
 */
public final class CopyBeforeDepsInstall implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL101", "copy-before-deps-install", Severity.WARNING,
            Target.DOCKERFILE, "The whole build context is copied before dependencies are installed, "
            + "so every source change re-runs the install.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Stage stage : dockerfile.stages()) {
            check(stage, reporter);
        }
    }

    private static void check(Stage stage, Reporter reporter) {
        Set<String> installedBefore = new HashSet<>();
        Instruction wholeCopy = null;
        for (Instruction instruction : stage.instructions()) {
            if (wholeCopy == null && copiesWholeContext(instruction)) {
                wholeCopy = instruction;
            } else if (instruction instanceof Instruction.Run run) {
                for (SimpleCommand command : run.commands()) {
                    DependencyInstall install = DependencyInstall.of(command).orElse(null);
                    if (install == null) {
                        continue;
                    }
                    if (wholeCopy == null) {
                        installedBefore.add(install.ecosystem());
                    } else if (!installedBefore.contains(install.ecosystem())) {
                        reporter.report(wholeCopy.span(), wholeCopy.keyword() + " of the whole build context comes "
                                + "before `" + install.text() + "`, so every source change re-runs the install: "
                                + "copy " + install.manifests() + " first, " + install.firstStep() + ", then copy the rest");
                        return;
                    }
                }
            }
        }
    }

    private static boolean copiesWholeContext(Instruction instruction) {
        List<Flag> flags;
        List<Word> sources;
        switch (instruction) {
            case Instruction.Copy c -> {
                flags = c.flags();
                sources = c.sources();
            }
            case Instruction.Add a -> {
                flags = a.flags();
                sources = a.sources();
            }
            default -> {
                return false;
            }
        }
        return Instruction.flag(flags, "from").isEmpty() && sources.stream().anyMatch(s -> isWholeContext(s.value()));
    }

    /** {@code .}, {@code ./}, {@code *}, {@code ./*}, {@code /} (the context root). */
    private static boolean isWholeContext(String source) {
        String s = source;
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return s.isEmpty() || s.equals(".") || s.equals("*") || s.equals("/");
    }
}
