package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SL136: a RUN of a shipped stage sets a password: {@code chpasswd}, {@code passwd} fed by a pipe or given
 * {@code --stdin}, {@code useradd}/{@code usermod -p HASH}. The command, and with it the password (or the build
 * argument holding it), is kept in the image history, and the hash in the layer's {@code /etc/shadow}. Quiet when
 * the RUN mounts a build secret (the password then comes from it), for {@code passwd -d/-l} (removing or locking a
 * password), for {@code -p} with a locked value ({@code '*'}, {@code '!'}) and for a random password piped in
 * ({@link RandomPassword}).
 */
public final class PasswordInRun implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL136", "chpasswd-in-run", Severity.WARNING,
            "A RUN sets a password (chpasswd, passwd, useradd -p), which stays in the image history and layer.")
            .in(Category.SECURITY).alias("CKV2_DOCKER_17");

    private static final Set<String> LOCKED = Set.of("", "*", "!", "!!", "x");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            if (!(instruction.effective() instanceof Instruction.Run run) || mountsSecret(run)) {
                continue;
            }
            List<SimpleCommand> commands = run.commands();
            for (int k = 0; k < commands.size(); k++) {
                boolean fed = k > 0 && commands.get(k - 1).piped();
                if (fed && RandomPassword.fedBy(commands.get(k - 1))) {
                    continue;
                }
                setsPassword(commands.get(k), fed).ifPresent(w -> reporter.report(w.span(), "`" + w.value()
                        + "` sets a password in a RUN: the command and the password (or the build argument holding"
                        + " it) stay in the image history, and its hash in the layer; set it when the container"
                        + " starts, or feed it from RUN --mount=type=secret, or use key-based login"));
            }
        }
    }

    /** The word to report: the program, or the {@code -p} option. */
    private static Optional<ShellWord> setsPassword(SimpleCommand c, boolean fed) {
        String program = c.program().orElse("");
        return switch (program) {
            case "chpasswd" -> Optional.of(c.words().get(0));
            case "passwd" -> (fed || c.hasOption("--stdin")) && !removesOrLocks(c)
                    ? Optional.of(c.words().get(0)) : Optional.empty();
            case "useradd", "usermod" -> passwordOption(c);
            default -> Optional.empty();
        };
    }

    private static boolean removesOrLocks(SimpleCommand c) {
        return c.hasOption("-d") || c.hasOption("-l") || c.hasOption("-u") || c.hasOption("-e") || c.hasOption("-S")
                || c.hasOption("--delete") || c.hasOption("--lock") || c.hasOption("--unlock")
                || c.hasOption("--expire") || c.hasOption("--status");
    }

    /** {@code -p VALUE} / {@code --password VALUE} with a value that is a real password hash. */
    private static Optional<ShellWord> passwordOption(SimpleCommand c) {
        List<ShellWord> args = c.args();
        for (int i = 0; i + 1 < args.size(); i++) {
            String v = args.get(i).value();
            if ((v.equals("-p") || v.equals("--password")) && !LOCKED.contains(args.get(i + 1).value())) {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean mountsSecret(Instruction.Run run) {
        return run.flags().stream().anyMatch(f -> f.name().equalsIgnoreCase("mount") && isSecret(f));
    }

    private static boolean isSecret(Flag f) {
        return List.of(f.value().split(",")).contains("type=secret");
    }
}
