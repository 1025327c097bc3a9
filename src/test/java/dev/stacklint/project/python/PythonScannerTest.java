package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PythonScannerTest {

    private static PythonEntry scan(String text) {
        return PythonScanner.scan(SourceFile.of("app.py", text), PythonScanner.ModuleResolver.NONE);
    }

    private static String text(PythonEntry e, dev.stacklint.source.Span span) {
        return e.file().slice(span);
    }

    @Test
    void flaskAppAndGuardedRunCallWithLiterals() {
        PythonEntry e = scan("""
                from flask import Flask

                app = Flask(__name__)

                @app.route("/")
                def hello():
                    return "app.run() in a string is not a call"  # nor app.run() in a comment

                if __name__ == "__main__":
                    app.run(host="0.0.0.0", port=5000, debug=True)
                """);
        assertThat(e.flaskApp()).isTrue();
        assertThat(e.calls()).hasSize(1);
        ServerCall call = e.calls().get(0);
        assertThat(call.library()).isEqualTo(ServerCall.Library.FLASK);
        assertThat(call.guarded()).isTrue();
        assertThat(text(e, call.span())).isEqualTo("app.run(host=\"0.0.0.0\", port=5000, debug=True)");
        assertThat(call.arg("host").string()).contains("0.0.0.0");
        assertThat(text(e, call.arg("host").span())).isEqualTo("\"0.0.0.0\"");
        assertThat(call.arg("port").integer()).hasValue(5000);
        assertThat(call.arg("debug").isTrue()).isTrue();
        assertThat(text(e, call.arg("debug").argSpan())).isEqualTo("debug=True");
    }

    @Test
    void everyImportSpelling() {
        assertThat(scan("import flask\napp = flask.Flask(__name__)\napp.run()\n").calls()).hasSize(1);
        assertThat(scan("import flask as fl\nserver = fl.Flask('x')\nserver.run()\n").calls()).hasSize(1);
        assertThat(scan("from flask import Flask as F, request\nweb = F(__name__)\nweb.run()\n").calls()).hasSize(1);
        assertThat(scan("from flask import (\n    Flask,\n    jsonify,\n)\napp: Flask = Flask(__name__)\napp.run()\n")
                .calls()).hasSize(1);
        // no Flask at all: a .run() on something else is not a server
        assertThat(scan("import subprocess\nsubprocess.run(['ls'])\nthread.run()\n").calls()).isEmpty();
        // a class called Flask from elsewhere is not flask's
        assertThat(scan("from mylib import Flask\napp = Flask()\napp.run()\n").calls()).isEmpty();
    }

    @Test
    void defaultsPositionalArgumentsAndUnknowns() {
        ServerCall bare = scan("from flask import Flask\napp = Flask(__name__)\napp.run()\n").calls().get(0);
        assertThat(bare.arg("host").kind()).isEqualTo(PyValue.Kind.ABSENT);
        assertThat(bare.guarded()).isFalse();
        ServerCall positional = scan("from flask import Flask\napp = Flask(__name__)\napp.run('0.0.0.0', 8080)\n")
                .calls().get(0);
        assertThat(positional.arg("host").string()).contains("0.0.0.0");
        assertThat(positional.arg("port").integer()).hasValue(8080);
        ServerCall vars = scan("""
                import os
                from flask import Flask
                app = Flask(__name__)
                port = int(os.environ.get("PORT", 5000))
                app.run(host=os.getenv("HOST", "0.0.0.0"), port=port)
                """).calls().get(0);
        assertThat(vars.arg("host").kind()).isEqualTo(PyValue.Kind.UNKNOWN);
        assertThat(vars.arg("port").kind()).isEqualTo(PyValue.Kind.UNKNOWN);
        ServerCall kwargs = scan("from flask import Flask\napp = Flask(__name__)\napp.run(**options)\n").calls().get(0);
        assertThat(kwargs.arg("host").kind()).isEqualTo(PyValue.Kind.UNKNOWN);
    }

    @Test
    void moduleConstantsAssignedOnceAreRead() {
        ServerCall c = scan("""
                from flask import Flask
                HOST = "0.0.0.0"
                PORT = 8000
                app = Flask(__name__)
                if __name__ == '__main__':
                    app.run(host=HOST, port=PORT)
                """).calls().get(0);
        assertThat(c.arg("host").string()).contains("0.0.0.0");
        assertThat(c.arg("port").integer()).hasValue(8000);
        ServerCall twice = scan("from flask import Flask\nHOST = '127.0.0.1'\nHOST = '0.0.0.0'\napp = Flask('a')\n"
                + "app.run(host=HOST)\n").calls().get(0);
        assertThat(twice.arg("host").kind()).isEqualTo(PyValue.Kind.UNKNOWN);
    }

    @Test
    void appFactoriesAndSocketio() {
        PythonEntry factory = scan("""
                from flask import Flask

                def create_app():
                    app = Flask(__name__)
                    return app

                def build():
                    return 1

                application = create_app()

                if __name__ == "__main__":
                    application.run(port=5001)
                """);
        assertThat(factory.calls()).extracting(ServerCall::library).containsExactly(ServerCall.Library.FLASK);
        assertThat(scan("from myapp import create_app\napp = create_app('prod')\napp.run()\n").calls()).hasSize(1);
        PythonEntry sio = scan("from flask import Flask\nfrom flask_socketio import SocketIO\napp = Flask(__name__)\n"
                + "socketio = SocketIO(app)\nif __name__ == '__main__':\n    socketio.run(app, '0.0.0.0', 5000)\n");
        ServerCall s = sio.calls().get(0);
        assertThat(s.library()).isEqualTo(ServerCall.Library.SOCKETIO);
        assertThat(s.arg("host").string()).contains("0.0.0.0");
    }

    @Test
    void appImportedFromASiblingModule() {
        SourceFile pkg = SourceFile.of("myapp/__init__.py", "from flask import Flask\napp = Flask(__name__)\n");
        PythonEntry e = PythonScanner.scan(SourceFile.of("run.py", "from myapp import app\napp.run(debug=True)\n"),
                m -> m.equals("myapp") ? Optional.of(pkg) : Optional.empty());
        assertThat(e.flaskApp()).isTrue();
        assertThat(e.calls()).hasSize(1);
    }

    @Test
    void uvicornAndWaitressCalls() {
        PythonEntry e = scan("import uvicorn\nfrom waitress import serve\nuvicorn.run('main:app', host='0.0.0.0')\n"
                + "serve(app, listen='*:8080')\n");
        assertThat(e.calls()).extracting(ServerCall::library)
                .containsExactly(ServerCall.Library.UVICORN, ServerCall.Library.WAITRESS);
        assertThat(e.calls().get(1).arg("listen").string()).contains("*:8080");
    }

    @Test
    void debugTurnedOnInCode() {
        PythonEntry e = scan("from flask import Flask\napp = Flask(__name__)\napp.debug = True\n"
                + "app.config[\"DEBUG\"] = True\napp.config['TESTING'] = True\n");
        assertThat(e.debugOn()).hasSize(2);
        assertThat(text(e, e.debugOn().get(0))).isEqualTo("app.debug = True");
    }

    @Test
    void oneLineGuardStringsAndContinuations() {
        PythonEntry e = scan("from flask import Flask\napp = Flask(__name__)\nx = '''\napp.run()\n'''\n"
                + "if __name__ == '__main__': app.run(host='0.0.0.0', \\\n    port=80)\n");
        assertThat(e.calls()).hasSize(1);
        assertThat(e.calls().get(0).guarded()).isTrue();
        assertThat(e.calls().get(0).arg("port").integer()).hasValue(80);
    }

    @Test
    void gunicornConfigSettings() {
        Map<String, List<PyValue>> s = PythonScanner.settings(SourceFile.of("gunicorn.conf.py", """
                import multiprocessing
                bind = ["0.0.0.0:8000", "unix:/tmp/g.sock"]
                workers = multiprocessing.cpu_count() * 2 + 1
                accesslog = "-"
                if True:
                    timeout = 30
                """));
        assertThat(s.get("bind")).extracting(PyValue::text).containsExactly("0.0.0.0:8000", "unix:/tmp/g.sock");
        assertThat(s.get("workers")).extracting(PyValue::kind).containsExactly(PyValue.Kind.UNKNOWN);
        assertThat(s.get("accesslog")).extracting(PyValue::text).containsExactly("-");
        assertThat(s.get("timeout")).extracting(PyValue::kind).containsExactly(PyValue.Kind.UNKNOWN);
    }

    @Test
    void neverFailsOnBrokenSource() {
        for (String text : List.of("", "app.run(", "'''unterminated", "def (:\n\tx = [\n", "\\", "if __name__ ==")) {
            PythonEntry e = scan(text);
            assertThat(e.calls()).isEmpty();
        }
    }
}
