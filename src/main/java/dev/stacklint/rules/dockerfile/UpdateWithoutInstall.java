package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.Shells;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SL134: a RUN refreshes the package index ({@code apt-get update}, {@code apt update}, {@code apk update}) and does
 * nothing that could use it: every other command is housekeeping ({@code rm}, {@code echo}, {@code mkdir}, {@code
 * apt-get clean}...). Any other command (an install, a script that may install) keeps it quiet. {@code yum update}
 * and {@code dnf update} upgrade packages, and those tools refresh stale metadata by themselves: not judged.
 */
public final class UpdateWithoutInstall implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL134", "update-without-install", Severity.WARNING,
            "A RUN refreshes the package index without installing anything in the same RUN.")
            .alias("CKV_DOCKER_5", "DS017");

    private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    /** apt and apk options whose value is the next word. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "--option", "-c", "--config-file", "-t",
            "--target-release", "-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir");
    /** Commands that cannot use a package index. */
    private static final Set<String> HOUSEKEEPING = Set.of("rm", "echo", "printf", "set", "true", ":", "export",
            "mkdir", "ln", "cd", "touch", "chmod", "chown", "test", "[", "sleep", "ls", "cat");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Run run) {
                List<SimpleCommand> commands = run.commands();
                Optional<SimpleCommand> update = commands.stream().filter(c -> verb(c).filter("update"::equals)
                        .isPresent()).findFirst();
                if (update.isPresent() && commands.stream().allMatch(UpdateWithoutInstall::inert)) {
                    report(update.get(), reporter);
                }
            }
        }
    }

    private static void report(SimpleCommand update, Reporter reporter) {
        String program = update.program().orElse("");
        String tail = program.equals("apk")
                ? "use `apk add --no-cache PACKAGE`, which fetches a fresh index and keeps none"
                : "run it in the RUN that installs: `" + program + " update && " + program + " install -y PACKAGE`";
        reporter.report(update.span(), "`" + program + " update` is alone in its RUN: Docker caches that layer, so a"
                + " later install in another RUN reads a stale index (and fails once old versions leave the mirror);"
                + " " + tail);
    }

    /** The subcommand of an apt or apk command. */
    private static Optional<String> verb(SimpleCommand c) {
        String program = c.program().orElse("");
        if (!APT.contains(program) && !program.equals("apk")) {
            return Optional.empty();
        }
        List<ShellWord> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (!v.startsWith("-")) {
                return Optional.of(v);
            }
            if (VALUE_OPTIONS.contains(v)) {
                i++; // `-o Acquire::Retries=3 update`: the option's value is not the subcommand
            }
        }
        return Optional.empty();
    }

    /** Housekeeping, the update itself, a cache clean, or a {@code sh -c} wrapper (its script is listed too). */
    private static boolean inert(SimpleCommand c) {
        Optional<String> program = c.program();
        if (program.isEmpty() || HOUSEKEEPING.contains(program.get())) {
            return true;
        }
        if (Shells.is(program.get())) {
            return c.args().stream().anyMatch(w -> w.value().startsWith("-") && w.value().indexOf('c') > 0);
        }
        Optional<String> verb = verb(c);
        return verb.filter(v -> v.equals("update") || v.equals("clean") || v.equals("autoclean")
                || program.get().equals("apk") && v.equals("cache")).isPresent();
    }
}
