package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.FileCopy;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SL135: the whole build context is copied ({@code COPY . .}) into a working directory that is a system folder:
 * {@code /}, {@code /usr}, {@code /etc}, {@code /bin}, {@code /usr/local/bin}... A WORKDIR there on its own is
 * harmless (resetting to {@code /}, or copying one binary into {@code /usr/local/bin}); the application's files
 * mixing with the system's are the problem. Reported at the WORKDIR that set the folder, once.
 */
public final class WorkdirSystemFolder implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL135", "workdir-system-folder", Severity.WARNING,
            "The build context is copied into a WORKDIR that is a system folder (/, /usr, /etc, /bin...).")
            .in(Category.SECURITY);

    /** Folders the OS owns; their subfolders for an application ({@code /usr/src/app}, {@code /usr/local/app}) are not. */
    private static final Set<String> SYSTEM = Set.of("/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64",
            "/libx32", "/proc", "/run", "/sbin", "/sys", "/usr", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib64",
            "/usr/libexec", "/usr/include", "/usr/share", "/usr/local", "/usr/local/bin", "/usr/local/sbin",
            "/usr/local/lib", "/usr/local/share", "/var", "/var/lib");
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> wholeContextHere(i).isPresent());
        Set<Instruction> reported = new HashSet<>();
        for (Stage stage : dockerfile.stages()) {
            Instruction.Workdir workdir = null;
            for (Instruction i : stage.instructions()) {
                if (i instanceof Instruction.Workdir w) {
                    workdir = w;
                }
                Optional<FileCopy> copy = wholeContextHere(i);
                Scope scope = scopes.get(i);
                if (copy.isEmpty() || workdir == null || scope == null) {
                    continue;
                }
                Optional<String> dir = scope.workdir().filter(SYSTEM::contains);
                if (dir.isPresent() && reported.add(workdir)) {
                    reporter.report(dockerfile.source(), workdir.path().span(), "WORKDIR " + dir.get() + " is a system"
                            + " folder and `" + i.keyword() + " " + copy.get().sources().get(0).value() + " "
                            + copy.get().destination().value() + "` below puts the whole build context in it, among"
                            + " the system's files (and over them where names clash): use a folder of the"
                            + " application's own, such as WORKDIR /app", List.of(new RelatedLocation(
                            dockerfile.source(), i.span(), "the build context is copied here")));
                }
            }
        }
    }

    /** A COPY/ADD of the whole context into the working directory ({@code COPY . .}, {@code COPY . ./}). */
    private static Optional<FileCopy> wholeContextHere(Instruction i) {
        return FileCopy.of(i).filter(FileCopy::fromContext)
                .filter(c -> c.sources().size() == 1 && WHOLE_CONTEXT.contains(c.sources().get(0).value()))
                .filter(c -> isHere(c.destination()));
    }

    private static boolean isHere(Word destination) {
        String d = destination.value();
        return d.equals(".") || d.equals("./");
    }
}
