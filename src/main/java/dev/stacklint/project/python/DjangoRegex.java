package dev.stacklint.project.python;

import java.util.List;
import java.util.Optional;

/**
 * The {@code re_path()} (and old {@code url()}) patterns that are anchored plain text, as the route strings
 * {@link RouteTable} matches: {@code ^health/$} is {@code health/}; a named group {@code (?P<pk>[0-9]+)} matches any
 * text ({@code <path:pk>}, wider than the group, which only makes the rule quieter); {@code /?} before the end is a
 * trailing slash, which does not matter. Any other regular-expression syntax is unknown.
 */
final class DjangoRegex {
    private static final String SYNTAX = ".^$*+?|[]{}()<>";

    private DjangoRegex() {
    }

    /** The text a pattern that {@code include()}s others matches at the start of the path. */
    static Optional<String> prefix(String regex) {
        return read(regex).filter(r -> !r.exact()).map(Read::text);
    }

    /**
     * The routes a view's pattern matches: Django matches one that ends with {@code $} whole, and any other from
     * the start only, so {@code ^health} also routes {@code healthz} and {@code health/x}.
     */
    static Optional<List<String>> endpoint(String regex) {
        return read(regex).map(r -> r.exact() ? List.of(r.text()) : List.of(r.text(), r.text() + "<path:rest>"));
    }

    private record Read(String text, boolean exact) {
    }

    private static Optional<Read> read(String regex) {
        if (!regex.startsWith("^")) {
            return Optional.empty(); // unanchored: Django searches the whole path for it
        }
        StringBuilder out = new StringBuilder();
        int i = 1;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '$') {
                return i == n - 1 ? Optional.of(new Read(out.toString(), true)) : Optional.empty();
            } else if (c == '\\') {
                if (i + 1 >= n || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    return Optional.empty(); // \d, \w, \Z...
                }
                out.append(regex.charAt(i + 1));
                i += 2;
            } else if (c == '/' && regex.startsWith("?", i + 1) && (i + 2 == n || regex.substring(i + 2).equals("$"))) {
                i += 2;
            } else if (regex.startsWith("(?P<", i)) {
                int close = closing(regex, i);
                int nameEnd = regex.indexOf('>', i);
                if (close < 0 || nameEnd < 0 || nameEnd > close
                        || (close + 1 < n && "?*+{".indexOf(regex.charAt(close + 1)) >= 0)) {
                    return Optional.empty();
                }
                out.append("<path:").append(regex, i + 4, nameEnd).append('>');
                i = close + 1;
            } else if (SYNTAX.indexOf(c) >= 0) {
                return Optional.empty();
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(new Read(out.toString(), false));
    }

    /** The index of the parenthesis that closes the group opened at {@code open}, escapes and classes skipped. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
