package dev.stacklint.shellcheck;

import dev.stacklint.dockerfile.Arguments;

import java.util.List;
import java.util.SortedSet;

/**
 * One shell-form RUN as ShellCheck is given it: a shebang naming the stage's shell, an {@code export NAME=1} line
 * per ARG/ENV in scope (so that ShellCheck does not call them unassigned), then the command line. The command
 * line keeps the RUN's text offset for offset (continuations are blanks), so a column in it maps back to the file.
 *
 * @param command the RUN's shell form
 * @param shell   the shell program, e.g. {@code /bin/sh} or {@code /bin/bash}
 * @param names   the variable names declared for the script
 * @param busybox the shell is BusyBox's ash ({@code /bin/sh} of an Alpine or BusyBox stage), which has some of
 *                bash's extensions ShellCheck's {@code sh} does not know
 */
public record ShellScript(Arguments.ShellForm command, String shell, SortedSet<String> names, boolean busybox) {
    public ShellScript {
        names = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(names));
    }

    /** The text written for ShellCheck. */
    public String text() {
        StringBuilder b = new StringBuilder("#!").append(shell).append('\n');
        names.forEach(n -> b.append("export ").append(n).append("=1\n"));
        return b.append(command.text()).append('\n').toString();
    }

    /** The line of {@link #text()} the command starts on (1-based). */
    public int firstCommandLine() {
        return 2 + names.size();
    }

    /**
     * The file offset of a 1-based line and column of {@link #text()} (ShellCheck counts a tab as one column),
     * clamped to the command; a position in the prefix maps to the command's start.
     */
    public int offset(int line, int column) {
        List<String> lines = command.text().lines().toList();
        int l = line - firstCommandLine();
        if (l < 0 || lines.isEmpty()) {
            return command.span().start();
        }
        int at = 0;
        for (int i = 0; i < Math.min(l, lines.size()); i++) {
            at += lines.get(i).length() + 1;
        }
        at += Math.max(0, column - 1);
        return command.span().start() + Math.min(at, command.text().length());
    }
}
