package dev.stacklint.cli;

import picocli.CommandLine;

import java.time.Clock;
import java.util.Set;

/** Entry point: {@code stacklint [lint] [OPTIONS] PATH...}, {@code stacklint rules}, {@code stacklint explain RULE}. */
public final class Main {
    private static final Set<String> TOP_LEVEL = Set.of("lint", "rules", "help", "-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Clock.systemUTC(), args));
    }

    /** Runs a command line; {@code clock} says what today is (tests give a fixed one). */
    public static int run(Clock clock, String... args) {
        // The schema validator logs through SLF4J; without a logging backend SLF4J would warn on stderr.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli prints for it, without building the command line (a third of a run's start-up)
            System.out.println(new VersionProvider().getVersion()[0]);
            return ExitCodes.CLEAN;
        }
        String[] command = withDefaultSubcommand(args);
        CommandLine cli = StacklintCommand.commandLine(clock, command[0]);
        return cli.execute(command);
    }

    /** {@code lint} is the default: anything that does not start with a subcommand or a top-level option is linted. */
    static String[] withDefaultSubcommand(String[] args) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            return new String[] {"lint", "--help"}; // the options people look for, the exit codes and the other commands
        }
        if (args.length > 0 && (TOP_LEVEL.contains(args[0]) || StacklintCommand.SUBCOMMANDS.contains(args[0]))) {
            return args;
        }
        String[] withLint = new String[args.length + 1];
        withLint[0] = "lint";
        System.arraycopy(args, 0, withLint, 1, args.length);
        return withLint;
    }
}
