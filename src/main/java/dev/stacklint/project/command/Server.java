package dev.stacklint.project.command;

/** What a launched program is, as far as the stack rules care. */
public enum Server {
    FLASK_RUN("flask run", Role.APP, true),
    /** A Python script that starts Flask's (or Flask-SocketIO's) development server with {@code app.run()}. */
    FLASK_SCRIPT("app.run()", Role.APP, true),
    /** Flask-SocketIO's {@code socketio.run(app)} on Werkzeug ({@code allow_unsafe_werkzeug=True}). */
    SOCKETIO_WERKZEUG("socketio.run() on Werkzeug", Role.APP, true),
    /** Flask-SocketIO's {@code socketio.run(app)} on eventlet or gevent. */
    SOCKETIO("socketio.run()", Role.APP, false),
    DJANGO_RUNSERVER("manage.py runserver", Role.APP, true),
    GUNICORN("gunicorn", Role.APP, false),
    UWSGI("uwsgi", Role.APP, false),
    UVICORN("uvicorn", Role.APP, false),
    FASTAPI("fastapi", Role.APP, false),
    HYPERCORN("hypercorn", Role.APP, false),
    WAITRESS("waitress", Role.APP, false),
    DAPHNE("daphne", Role.APP, false),
    NGINX("nginx", Role.PROXY, false),
    APACHE("apache", Role.PROXY, false),
    SUPERVISOR("supervisord", Role.MANAGER, false),
    /** runit's service supervisor, started by images that run nginx and PHP-FPM (or more) together. */
    RUNIT("runsvdir (runit)", Role.MANAGER, false),
    S6("s6-svscan (s6)", Role.MANAGER, false),
    /** A program the linter does not recognise; it may listen anywhere. */
    UNKNOWN("an unrecognised program", Role.UNKNOWN, false);

    public enum Role { APP, PROXY, MANAGER, UNKNOWN }

    private final String label;
    private final Role role;
    private final boolean devServer;

    Server(String label, Role role, boolean devServer) {
        this.label = label;
        this.role = role;
        this.devServer = devServer;
    }

    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }

    /** A development server that its authors say must not serve production traffic. */
    public boolean devServer() {
        return devServer;
    }

    /**
     * With debug mode on it serves the Werkzeug debugger (Flask's servers, and Flask-SocketIO's, which wraps the
     * app in it on eventlet and gevent too), not only Flask's debug behaviour.
     */
    public boolean servesDebugger() {
        return devServer || this == SOCKETIO;
    }
}
