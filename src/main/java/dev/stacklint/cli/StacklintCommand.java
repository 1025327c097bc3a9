package dev.stacklint.cli;

import dev.stacklint.config.ConfigException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The top-level command; the work is done by its subcommands. */
public final class StacklintCommand implements Runnable {
    /** The subcommands' names, in the order help lists them (those of {@link #commandLine}'s classes). */
    static final List<String> SUBCOMMANDS = List.of("lint", "rules", "explain", "help", "generate-completion");

    private final CommandSpec spec = Specs.withHelp(Specs.command("stacklint", this,
            "Lints Docker Compose files, Dockerfiles and the stack they describe together."))
            .versionProvider(new VersionProvider());

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * The command line, its {@code lint} running on {@code clock}. A run of {@code lint}, {@code rules} or
     * {@code explain} gets that subcommand alone (building a command costs start-up); {@code help}, the completion
     * script and anything else get them all.
     */
    static CommandLine commandLine(Clock clock, String subcommand) {
        CommandLine cli = new CommandLine(new StacklintCommand().spec);
        switch (subcommand) {
            case "lint" -> cli.addSubcommand(new LintCommand(clock).spec());
            case "rules" -> cli.addSubcommand(new RulesCommand().spec());
            case "explain" -> cli.addSubcommand(new ExplainCommand().spec());
            default -> {
                cli.addSubcommand(new LintCommand(clock).spec());
                cli.addSubcommand(new RulesCommand().spec());
                cli.addSubcommand(new ExplainCommand().spec());
                cli.addSubcommand(CommandLine.HelpCommand.class);
                cli.addSubcommand(AutoComplete.GenerateCompletion.class);
            }
        }
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(switch (ex) {
                case UsageException u -> "stacklint: " + u.getMessage();
                case ConfigException c -> c.getMessage(); // file:line:column: message, one a line, as editors read them
                default -> "stacklint: internal error: " + ex;
            });
            return ExitCodes.USAGE;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("stacklint: " + usageMessage(ex));
            err.println("Run 'stacklint --help' for the options.");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /** picocli's message, or ours where it is obscure (a RULE=LEVEL option given without {@code =}). */
    private static String usageMessage(CommandLine.ParameterException ex) {
        String m = ex.getMessage();
        Matcher keyValue = KEY_VALUE.matcher(m);
        if (keyValue.find()) {
            return keyValue.group(1) + " " + keyValue.group(3) + ": give " + keyValue.group(2) + ", e.g. "
                    + keyValue.group(1) + " " + keyValue.group(3) + "=warning";
        }
        return m;
    }

    private static final Pattern KEY_VALUE =
            Pattern.compile("option '(--[a-z-]+)' \\(([A-Z]+=[A-Z]+)\\) should be in KEY=VALUE\\S* format but was (\\S+)");
}
