package dev.stacklint.report;

/**
 * Makes message and source text safe for an output format: an escape sequence from a linted file must not
 * drive a terminal or a log viewer, and XML cannot carry most control characters at all.
 */
final class SafeText {
    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** For line-oriented output: line breaks become spaces, other control characters but tab U+FFFD. */
    static String oneLine(String text) {
        return replaceControls(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /** Control characters other than tab, CR and LF become U+FFFD (formats that escape line breaks themselves). */
    static String replaceControls(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\r' || c == '\n' || !Character.isISOControl(c);
            sb.append(allowed ? c : REPLACEMENT);
        }
        return sb.toString();
    }

    /** One line that XML 1.0 can carry: {@link #oneLine}, and lone surrogates and U+FFFE/U+FFFF replaced too. */
    static String xml(String text) {
        String line = oneLine(text);
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                sb.append(c).append(line.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? REPLACEMENT : c);
            }
        }
        return sb.toString();
    }
}
