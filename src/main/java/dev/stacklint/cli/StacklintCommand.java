package dev.stacklint.cli;

import dev.stacklint.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "stacklint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lints Docker Compose files, Dockerfiles and the stack they describe together.",
        subcommands = {LintCommand.class, RulesCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
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
            cmd.getErr().println(switch (ex) {
                case UsageException u -> "stacklint: " + u.getMessage();
                case ConfigException c -> c.getMessage(); // file:line:column: message, one a line, as editors read them
                default -> "stacklint: internal error: " + ex;
            });
            return ExitCodes.USAGE;
        });
        return cli;
    }
}
