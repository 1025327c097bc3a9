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
 * @param flaskGroup  it builds a Flask CLI group ({@code FlaskGroup(create_app=...)}), so {@code python FILE run}
 *                    is {@code flask run}
 * @param asyncServer it imports eventlet or gevent, which Flask-SocketIO then serves with
 * @param proxyFix    it, or a module it takes its app from, names Werkzeug's {@code ProxyFix} (or uvicorn's
 *                    {@code ProxyHeadersMiddleware}): the app reads a proxy's forwarded headers
 */
public record PythonEntry(SourceFile file, boolean flaskApp, List<ServerCall> calls, List<Span> debugOn,
                          boolean flaskGroup, boolean asyncServer, boolean proxyFix) {
}
