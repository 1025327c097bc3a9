package dev.stacklint.cli;

import java.io.Console;

/** Whether a person is probably reading: standard output is a terminal and colour is not turned off. */
final class Terminal {
    private Terminal() {
    }

    static boolean colours(boolean noColorOption) {
        String noColor = System.getenv("NO_COLOR");
        return !noColorOption && (noColor == null || noColor.isEmpty()) && isTerminal();
    }

    /**
     * Since JDK 22 {@link System#console()} is not null when output is redirected; {@code Console.isTerminal()}
     * (JDK 22+) says whether it really is a terminal. On JDK 21 a console at all means a terminal.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
