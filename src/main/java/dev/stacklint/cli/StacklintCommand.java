package dev.stacklint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "stacklint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lints Docker Compose files, Dockerfiles and the stack they describe together.",
        subcommands = {LintCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class StacklintCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StacklintCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("stacklint: " + (ex instanceof UsageException ? ex.getMessage() : "internal error: " + ex));
            return ExitCodes.USAGE;
        });
        return cli;
    }
}
