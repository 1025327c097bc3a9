package dev.stacklint.config;

import java.util.Comparator;

/** Where in a configuration file something was written (1-based), for messages. */
record Location(String file, int line, int column) implements Comparable<Location> {
    private static final Comparator<Location> ORDER =
            Comparator.comparing(Location::file).thenComparingInt(Location::line).thenComparingInt(Location::column);

    /** {@code file:line:column: message}. */
    String problem(String message) {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Location o) {
        return ORDER.compare(this, o);
    }
}
