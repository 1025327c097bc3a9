package dev.stacklint.compose;

import java.util.Optional;

/** A port or an inclusive range of ports ({@code 8000} is the range 8000-8000). */
public record PortRange(int first, int last) {

    public PortRange {
        if (first < 0 || last > 65535 || last < first) {
            throw new IllegalArgumentException("bad port range " + first + "-" + last);
        }
    }

    /** Parses {@code 8000} or {@code 8000-8010}; empty when it is not a valid port or range. */
    public static Optional<PortRange> parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-', 1);
        String a = dash < 0 ? t : t.substring(0, dash);
        String b = dash < 0 ? t : t.substring(dash + 1);
        if (!isPort(a) || !isPort(b)) {
            return Optional.empty();
        }
        int first = Integer.parseInt(a);
        int last = Integer.parseInt(b);
        return last < first ? Optional.empty() : Optional.of(new PortRange(first, last));
    }

    private static boolean isPort(String s) {
        return !s.isEmpty() && s.length() <= 5 && s.chars().allMatch(Character::isDigit) && Integer.parseInt(s) <= 65535;
    }

    public boolean isSingle() {
        return first == last;
    }

    public int size() {
        return last - first + 1;
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    @Override
    public String toString() {
        return isSingle() ? Integer.toString(first) : first + "-" + last;
    }
}
