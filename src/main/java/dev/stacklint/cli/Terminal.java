package dev.stacklint.cli;

import java.io.Console;

/** Whether a person is probably reading: standard output is a terminal and colour is not turned off. */
final class Terminal {
    private Terminal() {
    }

    /**
     * {@code --color never} (or {@code --no-color}) and {@code always} decide; {@code auto}: not when {@code NO_COLOR}
     * is set, yes when {@code FORCE_COLOR} is set (to anything but {@code 0} or {@code false}), else on a terminal.
     */
    static boolean colours(String mode, boolean noColorOption, java.util.Map<String, String> env) {
        if (noColorOption || mode.equals("never")) {
            return false;
        }
        if (mode.equals("always")) {
            return true;
        }
        if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
            return false;
        }
        String force = env.getOrDefault("FORCE_COLOR", "");
        if (!force.isEmpty()) {
            return !force.equals("0") && !force.equalsIgnoreCase("false");
        }
        return isTerminal();
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
