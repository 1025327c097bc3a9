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
        Map<String, List<PyValue>> s = PythonSettings.read(SourceFile.of("gunicorn.conf.py", """
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

    /** A resolver over in-memory modules: {@code mypkg} is {@code mypkg/__init__.py} or {@code mypkg.py}. */
    private static PythonScanner.ModuleResolver modules(Map<String, String> files) {
        return m -> {
            String path = m.replace('.', '/');
            for (String candidate : List.of(path + ".py", path + "/__init__.py")) {
                if (files.containsKey(candidate)) {
                    return Optional.of(SourceFile.of(candidate, files.get(candidate)));
                }
            }
            return Optional.empty();
        };
    }

    @Test
    void followsTheEntrysCallsIntoPackagesAndReExports() {
        Map<String, String> files = Map.of(
                "mypkg/__init__.py", "from .server import main\n",
                "mypkg/server.py", "from flask import Flask\napp = Flask(__name__)\n\ndef main():\n"
                        + "    app.run(host='0.0.0.0', port=8000)\n\ndef unused():\n    app.run(debug=True)\n");
        PythonEntry e = PythonScanner.scan(SourceFile.of("run.py", "from mypkg import main\n\n"
                + "if __name__ == '__main__':\n    main()\n"), modules(files));
        assertThat(e.calls()).singleElement().satisfies(c -> {
            assertThat(c.file().displayPath()).isEqualTo("mypkg/server.py");
            assertThat(c.file().slice(c.span())).isEqualTo("app.run(host='0.0.0.0', port=8000)");
            assertThat(c.arg("port").integer()).hasValue(8000);
        });
        // `import mypkg.server` + `mypkg.server.main()`, and a module whose function calls another of its own
        Map<String, String> nested = Map.of(
                "web.py", "from flask import Flask\napp = Flask('web')\n\ndef start():\n    serve()\n\n"
                        + "def serve():\n    app.run()\n");
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "import web\nweb.start()\n"), modules(nested))
                .calls()).singleElement().extracting(c -> c.file().slice(c.span())).isEqualTo("app.run()");
    }

    @Test
    void followingIsBoundedAndSurvivesCyclesAndOddSyntax() {
        Map<String, String> cycle = Map.of(
                "a.py", "from b import g\ndef f():\n    g()\n",
                "b.py", "from a import f\ndef g():\n    f()\n");
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "from a import f\nf()\n"), modules(cycle)).calls())
                .isEmpty();
        // four calls deep is past the bound
        Map<String, String> deep = Map.of(
                "m1.py", "from m2 import f2\ndef f1():\n    f2()\n",
                "m2.py", "from m3 import f3\ndef f2():\n    f3()\n",
                "m3.py", "from m4 import f4\ndef f3():\n    f4()\n",
                "m4.py", "from flask import Flask\napp = Flask('x')\ndef f4():\n    app.run()\n");
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "from m1 import f1\nf1()\n"), modules(deep)).calls())
                .isEmpty();
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "from m3 import f3\nf3()\n"), modules(deep)).calls())
                .hasSize(1);
        Map<String, String> odd = Map.of("weird.py", "match x:\n    case [a, *b] if (c := a):\n        f(**{b})\n"
                + "def main(:\n    lambda: (yield)\n");
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "from weird import main\nmain(\n"), modules(odd))
                .calls()).isEmpty();
    }

    @Test
    void importTimeCallsOfLocalModulesCount() {
        Map<String, String> files = Map.of("server.py", "from flask import Flask\napp = Flask('s')\napp.run()\n",
                "guarded.py", "from flask import Flask\napp = Flask('g')\nif __name__ == '__main__':\n    app.run()\n");
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "import server\n"), modules(files)).calls()).hasSize(1);
        assertThat(PythonScanner.scan(SourceFile.of("main.py", "import guarded\n"), modules(files)).calls()).isEmpty();
    }

    @Test
    void socketioModesAndFlaskGroups() {
        PythonEntry e = scan("from flask import Flask\nfrom flask_socketio import SocketIO\nimport eventlet\n"
                + "app = Flask(__name__)\nsio = SocketIO(app, async_mode='threading')\n"
                + "sio.run(app, allow_unsafe_werkzeug=True)\n");
        assertThat(e.asyncServer()).isTrue();
        assertThat(e.calls()).singleElement().satisfies(c -> {
            assertThat(c.library()).isEqualTo(ServerCall.Library.SOCKETIO);
            assertThat(c.asyncMode().string()).contains("threading");
            assertThat(c.arg("allow_unsafe_werkzeug").isTrue()).isTrue();
        });
        assertThat(scan("from flask.cli import FlaskGroup\ncli = FlaskGroup(create_app=make)\ncli()\n").flaskGroup())
                .isTrue();
        assertThat(scan("import flask.cli\ncli = flask.cli.FlaskGroup()\n").flaskGroup()).isTrue();
        assertThat(scan("from click import Group\ncli = Group()\n").flaskGroup()).isFalse();
    }
}
