package dev.stacklint.cli;

import dev.stacklint.compose.schema.ComposeSchema;
import dev.stacklint.project.Discovery;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

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
        if (command[0].equals("lint") && likelyReadsCompose(command)) {
            ComposeSchema.prepare(); // the longest set-up of a run: start it before picocli and file discovery
        }
        CommandLine cli = StacklintCommand.commandLine(clock, command[0]);
        return cli.execute(command);
    }

    /**
     * Whether a lint command line will probably read a Compose file: it names no path (the current folder), a
     * folder, or a file named like one. A guess from the words alone (an option's value counts as a path); the
     * linter prepares the schema anyway once it has found a Compose file, and a Dockerfile alone never pays for it.
     */
    static boolean likelyReadsCompose(String[] command) {
        boolean named = false;
        for (int i = 1; i < command.length; i++) {
            String word = command[i];
            if (word.startsWith("-") || word.isEmpty()) {
                continue;
            }
            named = true;
            try {
                Path path = Path.of(word);
                if (Discovery.isComposeByName(path) || Files.isDirectory(path)) {
                    return true;
                }
            } catch (InvalidPathException e) {
                // not a path: picocli reports it if it matters
            }
        }
        return !named;
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
