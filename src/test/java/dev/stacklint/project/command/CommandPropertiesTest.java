package dev.stacklint.project.command;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.project.python.PythonEntry;
import dev.stacklint.project.python.PythonScanner;
import dev.stacklint.project.python.PythonSettings;
import dev.stacklint.source.SourceFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The command and Python readers take any text: they never throw, and every span stays inside its file. */
class CommandPropertiesTest {

    @Provide
    Arbitrary<String> shellish() {
        return Arbitraries.strings().withChars(" \t\n\\'\"$`(){}|&;<>#=*-abcgu0.:/@!").ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> pythonish() {
        return Arbitraries.strings().withChars(" \t\n\\'\"()[]{}:=,.#*-abpunrFlask_\"'0123fr").ofMaxLength(120)
                .map(s -> "from flask import Flask\napp = Flask(__name__)\n" + s);
    }

    /** Lines of imports, definitions and calls between modules, in any order and indentation. */
    @Provide
    Arbitrary<String> modular() {
        Arbitrary<String> line = Arbitraries.of("import m", "import m.n as k", "from m import f", "from . import f",
                "from .m import f, g", "from .. import m", "def f():", "def g(:", "async def f():", "    f()",
                "    g()", "    app.run()", "m.f()", "k.g()", "f(", "if __name__ == '__main__':", "class C:",
                "    def f(self):", "        app.run(debug=True)", "socketio = SocketIO(app)", "socketio.run(app)",
                "cli = FlaskGroup()", "x = (", "\\", "'''", "#", "");
        return line.list().ofMaxSize(25).map(ls -> "from flask import Flask\nfrom flask_socketio import SocketIO\n"
                + "from flask.cli import FlaskGroup\napp = Flask(__name__)\n" + String.join("\n", ls) + "\n");
    }

    @Property(tries = 300)
    void shellWordsStayInsideTheText(@ForAll("shellish") String text) {
        for (SimpleCommand c : ShellParser.script(text)) {
            for (ShellWord w : c.words()) {
                assertThat(w.span().start()).isBetween(0, text.length());
                assertThat(w.span().end()).isBetween(w.span().start(), text.length());
            }
        }
        ShellParser.words(text);
    }

    @Property(tries = 300)
    void analysingAnyShellCommandNeverFails(@ForAll("shellish") String text) {
        Arg script = Words.shell(text);
        CommandModel m = CommandAnalyzer.analyzeShell(script, new FakeContext());
        for (Launch l : m.launches()) {
            assertThat(l.where().span().end()).isLessThanOrEqualTo(l.where().file().text().length());
            for (Listen listen : l.listens()) {
                assertThat(listen.origin().span().end()).isLessThanOrEqualTo(listen.origin().file().text().length());
            }
        }
    }

    @Property(tries = 300)
    void scanningAnyPythonNeverFails(@ForAll("pythonish") String text) {
        SourceFile f = SourceFile.of("app.py", text);
        PythonEntry e = PythonScanner.scan(f, PythonScanner.ModuleResolver.NONE);
        e.calls().forEach(c -> assertThat(c.span().end()).isLessThanOrEqualTo(text.length()));
        PythonSettings.read(f);
    }

    /** Every module an arbitrary script imports is that script again, under another name: following never fails. */
    @Property(tries = 200)
    void followingCallsThroughArbitraryModulesNeverFails(@ForAll("modular") String text) {
        SourceFile f = SourceFile.of("app.py", text);
        PythonEntry e = PythonScanner.scan(f, m -> java.util.Optional.of(SourceFile.of(m.replace('.', '/') + ".py",
                text)));
        e.calls().forEach(c -> assertThat(c.span().end()).isLessThanOrEqualTo(c.file().text().length()));
    }
}
