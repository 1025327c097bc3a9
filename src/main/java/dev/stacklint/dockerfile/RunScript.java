package dev.stacklint.dockerfile;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.List;
import java.util.Objects;

/**
 * The shell script a RUN executes, parsed on first use and kept, so that every rule reads the same parse.
 * Equal when the command and heredocs are (the parse follows from them). Thread-safe.
 */
public final class RunScript {
    private final Arguments command;
    private final List<Heredoc> heredocs;
    private List<SimpleCommand> shellForm;
    private List<SimpleCommand> commands;

    RunScript(Arguments command, List<Heredoc> heredocs) {
        this.command = command;
        this.heredocs = heredocs;
    }

    /** The simple commands of the shell form as written: no {@code sh -c} script, no heredoc; empty for exec form. */
    public synchronized List<SimpleCommand> shellForm() {
        if (shellForm == null) {
            shellForm = command instanceof Arguments.ShellForm s ? ShellParser.parse(s.text(), s.span().start())
                    : List.of();
        }
        return shellForm;
    }

    /** Everything the RUN executes: its commands, {@code sh -c} scripts and heredoc scripts. */
    public synchronized List<SimpleCommand> commands() {
        if (commands == null) {
            commands = ShellCommands.of(command, shellForm(), heredocs);
        }
        return commands;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunScript r && r.command.equals(command) && r.heredocs.equals(heredocs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, heredocs);
    }

    @Override
    public String toString() {
        return "RunScript[" + command + "]";
    }
}
