package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/**
 * A here-document attached to RUN, COPY or ADD ({@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}).
 *
 * @param delimiter the delimiter word without quotes
 * @param stripTabs {@code <<-}: leading tabs are removed from body lines
 * @param quoted    the delimiter was quoted, so the body is not expanded
 * @param body      the body text as written (line breaks kept; with {@code <<-} the tabs are still there), without
 *                  the closing delimiter line, so that {@code bodySpan.start() + i} is where {@code body.charAt(i)} is
 * @param bodySpan  where the body is in the file
 * @param span      from the {@code <<} marker to the end of the closing delimiter line (to the end of the file
 *                  when the heredoc is never closed)
 */
public record Heredoc(String delimiter, boolean stripTabs, boolean quoted, String body, Span bodySpan, Span span) {
}
