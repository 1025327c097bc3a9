package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

/**
 * A here-document attached to RUN, COPY or ADD ({@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}).
 *
 * @param delimiter the delimiter word without quotes
 * @param stripTabs {@code <<-}: leading tabs are removed from body lines
 * @param quoted    the delimiter was quoted, so the body is not expanded
 * @param body      the body text, without the terminating delimiter line
 * @param bodySpan  where the body is in the file
 * @param span      from the {@code <<} marker to the end of the delimiter line
 */
public record Heredoc(String delimiter, boolean stripTabs, boolean quoted, String body, Span bodySpan, Span span) {
}
