package dev.stacklint.nginx;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;

/**
 * One nginx configuration file as written: its statements (includes not yet followed) and its syntax errors.
 *
 * @param file       the file
 * @param statements the top-level statements, blocks holding theirs
 * @param errors     what stops nginx from reading it; the statements read up to there are kept
 * @param comments   every {@code #} comment read, to the end of its line
 */
public record NginxConf(SourceFile file, List<Statement> statements, List<NginxError> errors, List<Span> comments) {
    public NginxConf {
        statements = List.copyOf(statements);
        errors = List.copyOf(errors);
        comments = List.copyOf(comments);
    }
}
