package dev.stacklint.report;

/** Makes text safe for line-oriented output: line breaks become spaces, other control characters U+FFFD. */
final class OneLine {
    private OneLine() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                sb.append(' ');
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c != '\t' && Character.isISOControl(c)) {
                sb.append('\uFFFD'); // an escape sequence from a file must not drive the terminal
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
