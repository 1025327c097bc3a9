package dev.stacklint.dockerfile;

/**
 * A heredoc marker word as Docker recognises it: optional digits, {@code <<}, optional {@code -}, then one
 * word (possibly quoted) naming the delimiter.
 */
record HeredocMarker(String name, boolean stripTabs, boolean quoted) {

    /** The marker in {@code raw} (a whole word as written), or null when it is not one. */
    static HeredocMarker parse(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isDigit(raw.charAt(i))) {
            i++;
        }
        if (!raw.startsWith("<<", i)) {
            return null;
        }
        i += 2;
        boolean strip = raw.startsWith("-", i);
        String rest = raw.substring(strip ? i + 1 : i);
        if (rest.isEmpty() || rest.indexOf('<') >= 0) {
            return null;
        }
        String name = unquote(rest);
        if (name.isEmpty()) {
            return null;
        }
        return new HeredocMarker(name, strip, quotes(name) != quotes(rest));
    }

    private static int quotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                n++;
            }
        }
        return n;
    }

    private static String unquote(String s) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quote != '\'' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
