package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;

/**
 * What the linter learnt from a Python entry file.
 *
 * @param file        the file
 * @param flaskApp    it creates (or imports) a Flask application
 * @param calls       the calls that start a server
 * @param debugOn     statements that turn the Flask app's debug mode on ({@code app.debug = True},
 *                    {@code app.config["DEBUG"] = True})
 */
public record PythonEntry(SourceFile file, boolean flaskApp, List<ServerCall> calls, List<Span> debugOn) {
}
