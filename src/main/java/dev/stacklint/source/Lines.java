package dev.stacklint.source;

import java.util.Optional;

/** Whole-line spans, for fixes that remove or rewrite lines and must leave every other byte as it is. */
public final class Lines {
    private Lines() {
    }

    /**
     * The lines {@code span} covers, from the start of its first line through the line break after its last one,
     * when nothing else is on them: only blanks before it, only blanks and a {@code #} comment after it.
     */
    public static Optional<Span> whole(SourceFile file, Span span) {
        String text = file.text();
        int start = span.start();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            return Optional.empty();
        }
        int end = span.end();
        if (end > span.start() && text.charAt(end - 1) == '\n') {
            return Optional.of(new Span(start, end)); // a block scalar ends with its line break
        }
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        boolean afterBlank = end > span.end() || end == span.start();
        if (end < text.length() && text.charAt(end) == '#' && afterBlank) {
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
        }
        if (end < text.length()) {
            char c = text.charAt(end);
            if (c != '\r' && c != '\n') {
                return Optional.empty(); // something else follows on the line
            }
            end += c == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? 2 : 1;
        }
        return Optional.of(new Span(start, end));
    }
}
