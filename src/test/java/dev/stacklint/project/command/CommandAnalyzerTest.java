package dev.stacklint.project.command;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.stacklint.project.command.Words.exec;
import static dev.stacklint.project.command.Words.shell;
import static dev.stacklint.project.command.Words.text;
import static org.assertj.core.api.Assertions.assertThat;

class CommandAnalyzerTest {
    private final FakeContext ctx = new FakeContext();

    private Launch only(CommandModel m) {
        assertThat(m.launches()).hasSize(1);
        return m.launches().get(0);
    }

    private Launch run(String... words) {
        return only(CommandAnalyzer.analyze(exec(words), ctx));
    }

    private Launch sh(String text) {
        return only(CommandAnalyzer.analyzeShell(shell(text), ctx));
    }

    private static String addresses(Launch l) {
        return String.join(" ", l.listens().stream().map(Listen::display).toList());
    }

    @Nested
    class Flask {
        @Test
        void flaskRunDefaultsToLoopbackPort5000() {
            Launch l = run("flask", "run");
            assertThat(l.server()).isEqualTo(Server.FLASK_RUN);
            assertThat(addresses(l)).isEqualTo("127.0.0.1:5000");
            Listen listen = l.listens().get(0);
            assertThat(listen.loopbackOnly()).isTrue();
            assertThat(listen.byDefault()).isTrue();
            assertThat(text(listen.origin())).isEqualTo("\"flask\", \"run\"");
            assertThat(l.debug()).isEmpty();
        }

        @Test
        void hostAndPortOptionsInEveryForm() {
            assertThat(addresses(run("flask", "run", "--host=0.0.0.0", "--port", "8000"))).isEqualTo("0.0.0.0:8000");
            assertThat(addresses(run("flask", "run", "-h", "0.0.0.0", "-p8080"))).isEqualTo("0.0.0.0:8080");
            Launch l = run("python3", "-m", "flask", "--app", "app", "run", "--host=0.0.0.0");
            assertThat(l.server()).isEqualTo(Server.FLASK_RUN);
            assertThat(text(l.listens().get(0).origin())).isEqualTo("0.0.0.0");
            assertThat(l.listens().get(0).loopbackOnly()).isFalse();
        }

        @Test
        void hostAndPortFromTheEnvironment() {
            ctx.env("FLASK_RUN_HOST", "0.0.0.0").env("FLASK_RUN_PORT", "8000");
            Launch l = run("flask", "run");
            assertThat(addresses(l)).isEqualTo("0.0.0.0:8000");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("FLASK_RUN_HOST=0.0.0.0");
        }

        @Test
        void unknownHostVariableIsNotLoopback() {
            ctx.unknownEnv("FLASK_RUN_HOST");
            Listen l = run("flask", "run").listens().get(0);
            assertThat(l.host()).isEmpty();
            assertThat(l.loopbackOnly()).isFalse();
        }

        @Test
        void debugFromOptionsAndEnvironment() {
            assertThat(run("flask", "--debug", "run").debug()).map(Debug::setting).contains("--debug");
            assertThat(run("flask", "run", "--debug").debug()).map(d -> text(d.origin())).contains("\"--debug\"");
            assertThat(run("flask", "--debug", "run", "--no-debug").debug()).isEmpty();
            assertThat(run("flask", "run", "--debugger").debug()).map(Debug::setting).contains("--debugger");
            ctx.env("FLASK_DEBUG", "1");
            assertThat(run("flask", "run").debug()).map(Debug::setting).contains("FLASK_DEBUG=1");
            ctx.env("FLASK_DEBUG", "false");
            assertThat(run("flask", "run").debug()).isEmpty();
        }

        @Test
        void flaskEnvIsIgnoredAsCurrentFlaskDoes() {
            ctx.env("FLASK_ENV", "development");
            assertThat(run("flask", "run").debug()).isEmpty();
        }

        @Test
        void otherFlaskSubcommandsStartNoServer() {
            assertThat(CommandAnalyzer.analyze(exec("flask", "db", "upgrade"), ctx).launches()).isEmpty();
        }
    }

    @Nested
    class Gunicorn {
        @Test
        void defaultBindIsLoopback8000() {
            Launch l = run("gunicorn", "app:app");
            assertThat(l.server()).isEqualTo(Server.GUNICORN);
            assertThat(addresses(l)).isEqualTo("127.0.0.1:8000");
            assertThat(l.listens().get(0).byDefault()).isTrue();
        }

        @Test
        void bindsInEveryForm() {
            assertThat(addresses(run("gunicorn", "-b", "0.0.0.0:8000", "app:app"))).isEqualTo("0.0.0.0:8000");
            assertThat(addresses(run("gunicorn", "--bind=:5000", "app:app"))).isEqualTo("0.0.0.0:5000");
            assertThat(addresses(run("gunicorn", "-b0.0.0.0", "app:app"))).isEqualTo("0.0.0.0:8000");
            assertThat(addresses(run("gunicorn", "-w", "4", "-b", "127.0.0.1:8000", "-b", "[::]:8000",
                    "app:create_app()"))).isEqualTo("127.0.0.1:8000 [::]:8000");
            Launch unix = run("gunicorn", "--bind", "unix:/tmp/app.sock", "app:app");
            assertThat(unix.listens().get(0).unix()).isTrue();
            assertThat(unix.listens().get(0).loopbackOnly()).isFalse();
            assertThat(unix.listensKnown()).isTrue();
        }

        @Test
        void bindOriginIsTheValueItself() {
            Launch l = run("gunicorn", "--bind=127.0.0.1:8000", "app:app");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("127.0.0.1:8000");
        }

        @Test
        void portVariableMakesTheDefaultBindPublic() {
            ctx.env("PORT", "9000");
            assertThat(addresses(run("gunicorn", "app:app"))).isEqualTo("0.0.0.0:9000");
        }

        @Test
        void configFileBind() {
            ctx.file("gunicorn.conf.py", "import multiprocessing\nbind = \"0.0.0.0:8000\"\nworkers = 2\n");
            Launch l = run("gunicorn", "app:app");
            assertThat(addresses(l)).isEqualTo("0.0.0.0:8000");
            assertThat(l.listens().get(0).origin().file().displayPath()).isEqualTo("gunicorn.conf.py");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("\"0.0.0.0:8000\"");
        }

        @Test
        void explicitConfigFileWithListAndComputedBinds() {
            ctx.file("conf/gunicorn.py", "bind = ['127.0.0.1:8000', '0.0.0.0:9000']\n");
            assertThat(addresses(run("gunicorn", "-c", "conf/gunicorn.py", "app:app")))
                    .isEqualTo("127.0.0.1:8000 0.0.0.0:9000");
            ctx.file("computed.py", "import os\nbind = f\"0.0.0.0:{os.environ['PORT']}\"\n");
            Launch computed = run("gunicorn", "--config", "computed.py", "app:app");
            assertThat(computed.listensKnown()).isFalse();
            assertThat(computed.listens().get(0).loopbackOnly()).isFalse();
        }

        @Test
        void commandLineBindBeatsConfigFile() {
            ctx.file("gunicorn.conf.py", "bind = '127.0.0.1:8000'\n");
            assertThat(addresses(run("gunicorn", "-b", "0.0.0.0:80", "app:app"))).isEqualTo("0.0.0.0:80");
        }

        @Test
        void unmappedWorkingDirectoryLeavesTheDefaultUnknown() {
            ctx.filesUnknown();
            Launch l = run("gunicorn", "app:app");
            assertThat(l.listensKnown()).isFalse();
            assertThat(l.listens().get(0).loopbackOnly()).isFalse();
        }

        @Test
        void gunicornCmdArgs() {
            ctx.env("GUNICORN_CMD_ARGS", "--bind=0.0.0.0:7000 --workers=3");
            Launch l = run("gunicorn", "app:app");
            assertThat(addresses(l)).isEqualTo("0.0.0.0:7000");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("0.0.0.0:7000");
        }

        @Test
        void unknownEnvironmentLeavesDefaultsUnknownButNotExplicitBinds() {
            ctx.unknownEnv("GUNICORN_CMD_ARGS").unknownEnv("PORT");
            assertThat(run("gunicorn", "app:app").listensKnown()).isFalse();
            assertThat(addresses(run("gunicorn", "-b", "127.0.0.1:9000", "app:app"))).isEqualTo("127.0.0.1:9000");
        }

        @Test
        void unexpandedVariableInExecFormIsUnknown() {
            Launch l = run("gunicorn", "-b", "$HOST:$PORT", "app:app");
            assertThat(l.listensKnown()).isFalse();
        }
    }

    @Nested
    class OtherServers {
        @Test
        void uwsgiOptionsAndIni() {
            assertThat(addresses(run("uwsgi", "--http", ":5000", "--module", "app:app"))).isEqualTo("0.0.0.0:5000");
            Launch socket = run("uwsgi", "--socket", "127.0.0.1:3031", "--master");
            assertThat(socket.listens().get(0).loopbackOnly()).isTrue();
            ctx.file("uwsgi.ini", "[uwsgi]\nmodule = app:app\n; http = :9999\nhttp-socket = 0.0.0.0:8080\n");
            Launch ini = run("uwsgi", "--ini", "uwsgi.ini");
            assertThat(addresses(ini)).isEqualTo("0.0.0.0:8080");
            assertThat(text(ini.listens().get(0).origin())).isEqualTo("0.0.0.0:8080");
            assertThat(addresses(run("uwsgi", "uwsgi.ini"))).isEqualTo("0.0.0.0:8080");
            assertThat(run("uwsgi", "--ini", "missing.ini").listensKnown()).isFalse();
            assertThat(run("uwsgi", "--socket", "/tmp/uwsgi.sock").listens().get(0).unix()).isTrue();
        }

        @Test
        void uvicornHypercornDaphneWaitress() {
            assertThat(addresses(run("uvicorn", "main:app"))).isEqualTo("127.0.0.1:8000");
            assertThat(addresses(run("uvicorn", "main:app", "--host", "0.0.0.0", "--port", "80")))
                    .isEqualTo("0.0.0.0:80");
            ctx.env("UVICORN_HOST", "0.0.0.0");
            assertThat(addresses(run("uvicorn", "main:app"))).isEqualTo("0.0.0.0:8000");
            assertThat(addresses(run("hypercorn", "main:app"))).isEqualTo("127.0.0.1:8000");
            assertThat(addresses(run("hypercorn", "-b", "0.0.0.0:8000", "main:app"))).isEqualTo("0.0.0.0:8000");
            assertThat(run("hypercorn", "-c", "hypercorn.toml", "main:app").listensKnown()).isFalse();
            assertThat(addresses(run("daphne", "-b", "0.0.0.0", "-p", "8001", "proj.asgi:application")))
                    .isEqualTo("0.0.0.0:8001");
            assertThat(addresses(run("daphne", "proj.asgi:application"))).isEqualTo("127.0.0.1:8000");
            assertThat(addresses(run("waitress-serve", "--listen=*:8080", "app:app"))).isEqualTo("0.0.0.0:8080");
            assertThat(addresses(run("waitress-serve", "app:app"))).isEqualTo("0.0.0.0:8080");
            assertThat(addresses(run("waitress-serve", "--host=127.0.0.1", "app:app"))).isEqualTo("127.0.0.1:8080");
            assertThat(addresses(run("fastapi", "run", "app/main.py", "--port", "80"))).isEqualTo("0.0.0.0:80");
            assertThat(addresses(run("fastapi", "dev", "main.py"))).isEqualTo("127.0.0.1:8000");
        }

        @Test
        void djangoRunserver() {
            Launch l = run("python", "manage.py", "runserver");
            assertThat(l.server()).isEqualTo(Server.DJANGO_RUNSERVER);
            assertThat(addresses(l)).isEqualTo("127.0.0.1:8000");
            assertThat(addresses(run("python", "manage.py", "runserver", "0.0.0.0:8000"))).isEqualTo("0.0.0.0:8000");
            assertThat(addresses(run("python", "manage.py", "runserver", "0:8000"))).isEqualTo("0.0.0.0:8000");
            assertThat(addresses(run("python", "manage.py", "runserver", "9000"))).isEqualTo("127.0.0.1:9000");
        }
    }

    @Nested
    class Wrappers {
        @Test
        void shellDashCStringIsFollowedWithExactSpans() {
            Launch l = run("sh", "-c", "gunicorn -b 127.0.0.1:8000 app:app");
            assertThat(l.server()).isEqualTo(Server.GUNICORN);
            assertThat(text(l.listens().get(0).origin())).isEqualTo("127.0.0.1:8000");
            assertThat(text(l.where())).isEqualTo("gunicorn -b 127.0.0.1:8000 app:app");
        }

        @Test
        void shellFormWithPrefixesAndSequences() {
            Launch l = sh("python manage.py migrate && exec gunicorn --bind 0.0.0.0:${PORT:-8000} proj.wsgi");
            assertThat(addresses(l)).isEqualTo("0.0.0.0:8000");
            ctx.env("PORT", "5000");
            assertThat(addresses(sh("exec gunicorn --bind \"0.0.0.0:$PORT\" proj.wsgi"))).isEqualTo("0.0.0.0:5000");
            assertThat(addresses(sh("FLASK_RUN_HOST=0.0.0.0 flask run"))).isEqualTo("0.0.0.0:5000");
            assertThat(addresses(sh("export FLASK_RUN_PORT=8000; flask run"))).isEqualTo("127.0.0.1:8000");
            assertThat(addresses(run("env", "FLASK_RUN_HOST=0.0.0.0", "flask", "run"))).isEqualTo("0.0.0.0:5000");
            assertThat(addresses(run("bash", "-ec", "exec uvicorn main:app --host 0.0.0.0"))).isEqualTo("0.0.0.0:8000");
        }

        @Test
        void runnersAndInitWrappers() {
            assertThat(run("uv", "run", "--no-dev", "flask", "run").server()).isEqualTo(Server.FLASK_RUN);
            assertThat(run("uv", "run", "--with", "gunicorn", "gunicorn", "app:app").server())
                    .isEqualTo(Server.GUNICORN);
            assertThat(run("uv", "run", "-m", "flask", "run").server()).isEqualTo(Server.FLASK_RUN);
            assertThat(run("poetry", "run", "gunicorn", "app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(run("pipenv", "run", "python", "-m", "gunicorn", "app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(run("/usr/bin/tini", "--", "gunicorn", "app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(run("dumb-init", "gosu", "app", "uvicorn", "main:app").server()).isEqualTo(Server.UVICORN);
            assertThat(run("/venv/bin/gunicorn", "app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(run("./wait-for-it.sh", "db:5432", "--", "flask", "run").server()).isEqualTo(Server.FLASK_RUN);
        }

        @Test
        void entrypointScriptThatExecsItsArguments() {
            ctx.file("docker-entrypoint.sh", "#!/bin/sh\nset -e\nflask db upgrade\nexec \"$@\"\n");
            CommandModel m = CommandAnalyzer.analyze(exec("./docker-entrypoint.sh", "gunicorn", "-b", ":8000", "app:app"),
                    ctx);
            assertThat(addresses(only(m))).isEqualTo("0.0.0.0:8000");
        }

        @Test
        void bootScriptIsReadWithPositionsInTheScript() {
            ctx.file("boot.sh", "#!/bin/bash\nsource venv/bin/activate\nexec gunicorn -b 127.0.0.1:5000 app:app\n");
            Launch l = run("./boot.sh");
            assertThat(l.listens().get(0).origin().file().displayPath()).isEqualTo("boot.sh");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("127.0.0.1:5000");
        }

        @Test
        void programsUnderAShellConditionAreMarked() {
            ctx.file("entrypoint.sh", """
                    #!/bin/sh
                    if [ "$FLASK_ENV" = "development" ]; then
                        exec flask run --host 0.0.0.0 --debug
                    else
                        exec gunicorn -b 0.0.0.0:5000 app:app
                    fi
                    """);
            CommandModel m = CommandAnalyzer.analyze(exec("./entrypoint.sh"), ctx);
            assertThat(m.launches()).extracting(Launch::server).containsExactly(Server.FLASK_RUN, Server.GUNICORN);
            assertThat(m.launches()).allMatch(Launch::conditional);
            CommandModel chain = CommandAnalyzer.analyzeShell(
                    shell("[ -n \"$DEBUG\" ] && flask run || gunicorn app:app; nginx -g 'daemon off;'"), ctx);
            assertThat(chain.launches()).extracting(Launch::conditional).containsExactly(true, true, false);
            assertThat(CommandAnalyzer.analyzeShell(shell("flask db upgrade && flask run"), ctx).launches())
                    .extracting(Launch::conditional).containsExactly(false);
        }

        @Test
        void shellTextThatTheOldReaderMisread() {
            assertThat(sh("exec \\\n    gunicorn -b 0.0.0.0:8000 app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(sh("x=$(printf \"%s)\" a) gunicorn app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(sh("x=`echo \\`date\\``; gunicorn app:app").server()).isEqualTo(Server.GUNICORN);
            Launch afterBadRedirect = sh("cmd 2> ; gunicorn -b 0.0.0.0:9000 app:app");
            assertThat(afterBadRedirect.server()).isEqualTo(Server.GUNICORN);
            assertThat(addresses(afterBadRedirect)).isEqualTo("0.0.0.0:9000");
            assertThat(sh("exec >&/tmp/log gunicorn app:app").server()).isEqualTo(Server.GUNICORN);
            assertThat(addresses(sh("if true; then FLASK_RUN_HOST=0.0.0.0 exec flask run; fi")))
                    .isEqualTo("0.0.0.0:5000");
            // a quoted name makes no assignment: the shell runs a program called FLASK_RUN_HOST=0.0.0.0
            assertThat(sh("\"FLASK_RUN_HOST\"=0.0.0.0 flask run").server()).isEqualTo(Server.UNKNOWN);
        }

        @Test
        void unreadableScriptIsUnknown() {
            Launch l = run("/start.sh");
            assertThat(l.server()).isEqualTo(Server.UNKNOWN);
            assertThat(new CommandModel(List.of(l)).knownPorts()).isEmpty();
        }
    }

    @Nested
    class PythonScripts {
        @Test
        void scriptCallingAppRunIsTheDevServer() {
            ctx.file("app.py", """
                    from flask import Flask
                    app = Flask(__name__)

                    if __name__ == "__main__":
                        app.run(host="0.0.0.0", port=5000)
                    """);
            Launch l = run("python", "app.py");
            assertThat(l.server()).isEqualTo(Server.FLASK_SCRIPT);
            assertThat(addresses(l)).isEqualTo("0.0.0.0:5000");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("\"0.0.0.0\"");
            assertThat(l.listens().get(0).origin().file().displayPath()).isEqualTo("app.py");
        }

        @Test
        void appRunWithoutHostPointsAtTheCall() {
            ctx.file("app.py", "import flask\napp = flask.Flask(__name__)\napp.run(debug=True)\n");
            Launch l = run("python3", "-u", "app.py");
            assertThat(addresses(l)).isEqualTo("127.0.0.1:5000");
            assertThat(text(l.listens().get(0).origin())).isEqualTo("app.run(debug=True)");
            assertThat(l.debug()).map(d -> text(d.origin())).contains("debug=True");
        }

        @Test
        void flaskDebugVariableAppliesToAppRunUnlessTheCallSaysOtherwise() {
            ctx.env("FLASK_DEBUG", "1");
            ctx.file("app.py", "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0')\n");
            assertThat(run("python", "app.py").debug()).map(Debug::setting).contains("FLASK_DEBUG=1");
            ctx.file("app.py", "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', debug=False)\n");
            assertThat(run("python", "app.py").debug()).isEmpty();
        }

        @Test
        void runCallThroughAnImportedApp() {
            ctx.file("run.py", "from myapp import app\n\nif __name__ == '__main__':\n    app.run(port=8000)\n");
            ctx.file("myapp/__init__.py", "from flask import Flask\napp = Flask(__name__)\n");
            Launch l = run("python", "run.py");
            assertThat(l.server()).isEqualTo(Server.FLASK_SCRIPT);
            assertThat(addresses(l)).isEqualTo("127.0.0.1:8000");
        }

        @Test
        void scriptWithoutServerCallIsUnknownInForegroundAndIgnoredBeforeAnotherCommand() {
            ctx.file("init_db.py", "print('creating tables')\n");
            assertThat(run("python", "init_db.py").server()).isEqualTo(Server.UNKNOWN);
            CommandModel m = CommandAnalyzer.analyzeShell(shell("python init_db.py && gunicorn -b :8000 app:app"), ctx);
            assertThat(m.knownPorts()).contains(Set.of(8000));
        }

        @Test
        void uvicornRunInAScript() {
            ctx.file("main.py", "import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\n"
                    + "if __name__ == '__main__':\n    uvicorn.run(app, host='0.0.0.0', port=80)\n");
            Launch l = run("python", "main.py");
            assertThat(l.server()).isEqualTo(Server.UVICORN);
            assertThat(addresses(l)).isEqualTo("0.0.0.0:80");
        }

        @Test
        void pythonDashCStartsNoServer() {
            assertThat(CommandAnalyzer.analyze(exec("python", "-c", "import app; app.init()"), ctx).launches())
                    .isEmpty();
        }
    }

    @Nested
    class Processes {
        @Test
        void nginxAndAnAppServerInOneContainer() {
            CommandModel m = CommandAnalyzer.analyzeShell(
                    shell("service nginx start && uwsgi --ini uwsgi.ini"), ctx);
            assertThat(m.launches()).extracting(Launch::server).containsExactly(Server.NGINX, Server.UWSGI);
            assertThat(m.runs(Server.Role.PROXY)).isTrue();
            assertThat(m.runs(Server.Role.APP)).isTrue();
            CommandModel bg = CommandAnalyzer.analyze(exec("sh", "-c",
                    "gunicorn -b 127.0.0.1:8000 app:app & nginx -g 'daemon off;'"), ctx);
            assertThat(bg.launches()).extracting(Launch::server).containsExactly(Server.GUNICORN, Server.NGINX);
            assertThat(bg.knownPorts()).isEmpty();
        }

        @Test
        void supervisordAndNginxTest() {
            assertThat(run("/usr/bin/supervisord", "-c", "/etc/supervisor/conf.d/app.conf").server())
                    .isEqualTo(Server.SUPERVISOR);
            assertThat(CommandAnalyzer.analyzeShell(shell("nginx -t && gunicorn app:app"), ctx).launches())
                    .extracting(Launch::server).containsExactly(Server.GUNICORN);
        }

        @Test
        void knownPortsNeedsEveryProgramKnown() {
            assertThat(CommandAnalyzer.analyze(exec("gunicorn", "-b", "0.0.0.0:8000", "app:app"), ctx).knownPorts())
                    .contains(Set.of(8000));
            assertThat(CommandAnalyzer.analyzeShell(shell("node server.js"), ctx).knownPorts()).isEqualTo(Optional.empty());
        }
    }
}
