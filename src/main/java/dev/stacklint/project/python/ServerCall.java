package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Map;

/**
 * A call in Python code that starts a server: {@code app.run(...)}, {@code socketio.run(app, ...)},
 * {@code uvicorn.run(...)}, waitress {@code serve(app, ...)}.
 *
 * @param library  whose server it starts
 * @param file     the Python file
 * @param span     the call, receiver to closing parenthesis
 * @param args     the arguments the linter reads, by parameter name
 * @param anyKwargs the call passes {@code **kwargs}, so an absent argument is unknown rather than defaulted
 * @param guarded  it is under {@code if __name__ == "__main__":}
 * @param asyncMode for {@code socketio.run()}: the {@code async_mode} its {@code SocketIO(...)} was given
 *                  (absent when not passed or not known)
 */
public record ServerCall(Library library, SourceFile file, Span span, Map<String, PyValue> args, boolean anyKwargs,
                         boolean guarded, PyValue asyncMode) {

    public ServerCall(Library library, SourceFile file, Span span, Map<String, PyValue> args, boolean anyKwargs,
                      boolean guarded) {
        this(library, file, span, args, anyKwargs, guarded, PyValue.absent(span));
    }

    /** The same call with the {@code async_mode} of its SocketIO object. */
    public ServerCall withMode(PyValue mode) {
        return new ServerCall(library, file, span, args, anyKwargs, guarded, mode == null ? PyValue.absent(span) : mode);
    }

    public enum Library {
        FLASK(List.of("host", "port", "debug")),
        SOCKETIO(List.of("app", "host", "port")),
        UVICORN(List.of("app")),
        WAITRESS(List.of("app"));

        private final List<String> positional;

        Library(List<String> positional) {
            this.positional = positional;
        }

        /** The parameters that may be passed by position, in order. */
        public List<String> positional() {
            return positional;
        }
    }

    /** The argument for {@code name}; absent when not passed, unknown when {@code **kwargs} may pass it. */
    public PyValue arg(String name) {
        PyValue v = args.get(name);
        if (v != null) {
            return v;
        }
        return anyKwargs ? new PyValue(PyValue.Kind.UNKNOWN, "", span, span) : PyValue.absent(span);
    }
}
