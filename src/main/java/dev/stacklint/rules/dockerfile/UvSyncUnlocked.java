package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SL150: {@code uv sync} without {@code --locked} or {@code --frozen} (nor UV_LOCKED / UV_FROZEN set), so the build
 * re-resolves whenever {@code uv.lock} is stale or missing. A command whose words expand a variable
 * ({@code uv sync $UV_OPTIONS}) may pass either flag, so it is left alone.
 */
public final class UvSyncUnlocked implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL150", "uv-sync-unlocked", Severity.WARNING,
            "uv sync without --locked or --frozen may re-resolve the dependencies instead of installing uv.lock.");

    private static final Set<String> LOCK_OPTIONS = Set.of("--locked", "--frozen");
    private static final Set<String> LOCK_VARIABLES = Set.of("UV_LOCKED", "UV_FROZEN");
    private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i.effective() instanceof Instruction.Run);
        boolean lockSeen = false;
        for (Instruction instruction : dockerfile.instructions()) {
            lockSeen |= namesLock(instruction);
            if (instruction.effective() instanceof Instruction.Run run && !lockedByEnv(scopes.get(instruction)
                    .variables())) {
                for (SimpleCommand c : run.commands()) {
                    if (isUvSync(c) && c.words().stream().allMatch(ShellWord::isLiteral)
                            && LOCK_OPTIONS.stream().noneMatch(c::hasOption)
                            && c.assignments().stream().noneMatch(UvSyncUnlocked::locks)) {
                        reporter.report(c.span(), message(lockSeen || namesLock(instruction)));
                    }
                }
            }
        }
    }

    private static String message(boolean lockCopied) {
        return "uv sync without --locked re-resolves the dependencies when uv.lock is out of date"
                + (lockCopied ? "" : " (or not copied)") + " and installs whatever that resolution gives: add"
                + " --locked (the build then fails on a stale lock) or --frozen (installs uv.lock as it is)"
                + (lockCopied ? "" : ", with uv.lock committed and copied in");
    }

    /** {@code uv sync}, with uv's global options before the sub-command. */
    private static boolean isUvSync(SimpleCommand c) {
        return c.program().filter("uv"::equals).isPresent() && !c.operands().isEmpty()
                && c.operands().get(0).value().equals("sync");
    }

    /** A COPY or a RUN bind mount that brings uv.lock (by name; {@code COPY . .} may too, unseen). */
    private static boolean namesLock(Instruction instruction) {
        return switch (instruction.effective()) {
            case Instruction.Copy copy -> copy.sources().stream().anyMatch(s -> s.value().endsWith("uv.lock"));
            case Instruction.Run run -> run.flags().stream().anyMatch(f -> f.value().contains("uv.lock"));
            default -> false;
        };
    }

    private static boolean locks(ShellWord assignment) {
        String v = assignment.value();
        int eq = v.indexOf('=');
        return eq > 0 && LOCK_VARIABLES.contains(v.substring(0, eq))
                && TRUE.contains(v.substring(eq + 1).toLowerCase(Locale.ROOT));
    }

    /** ENV UV_LOCKED / UV_FROZEN truthy, or set to something unreadable (quiet rather than wrong). */
    private static boolean lockedByEnv(Variables variables) {
        return LOCK_VARIABLES.stream().map(name -> variables.env().get(name)).anyMatch(v -> v != null
                && v.map(x -> TRUE.contains(x.toLowerCase(Locale.ROOT))).orElse(true));
    }
}
