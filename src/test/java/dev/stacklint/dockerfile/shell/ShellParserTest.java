package dev.stacklint.dockerfile.shell;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.ShellCommands;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellParserTest {

    static List<String> commands(String text) {
        return ShellParser.parse(text, 0).stream()
                .map(c -> String.join(" ", c.words().stream().map(ShellWord::value).toList()))
                .toList();
    }

    @Test
    void splitsOnOperatorsAndNewlines() {
        assertThat(commands("apt-get update && apt-get install -y curl || true; echo a | tee b & wait\nls"))
                .containsExactly("apt-get update", "apt-get install -y curl", "true", "echo a", "tee b", "wait", "ls");
    }

    @Test
    void lineContinuationBetweenWordsIsABlank() {
        assertThat(commands("apt-get install -y \\\n    curl \\\r\n    wget\nls")).containsExactly(
                "apt-get install -y curl wget", "ls");
    }

    @Test
    void marksCommandsWhoseOutputIsPiped() {
        assertThat(ShellParser.parse("a | b |& c || d; { e; f; } | g", 0)).extracting(SimpleCommand::piped)
                .containsExactly(true, true, false, false, false, true, false);
    }

    @Test
    void quotingAndEscapes() {
        List<SimpleCommand> cs = ShellParser.parse("echo 'a b' \"c \\\"d\\\" $HOME\" e\\ f", 0);
        assertThat(cs.get(0).words()).extracting(ShellWord::value)
                .containsExactly("echo", "a b", "c \"d\" $HOME", "e f");
        assertThat(cs.get(0).words().get(2).raw()).isEqualTo("\"c \\\"d\\\" $HOME\"");
        assertThat(cs.get(0).words().get(2).isLiteral()).isFalse();
        assertThat(cs.get(0).words().get(1).isLiteral()).isTrue();
    }

    @Test
    void substitutionsStayInsideWords() {
        assertThat(commands("echo $(cat a && cat b) `date; x` ${A:-b c} && ls"))
                .containsExactly("echo $(cat a && cat b) `date; x` ${A:-b c}", "ls");
    }

    @Test
    void assignmentsRedirectionsCommentsAndReservedWords() {
        List<SimpleCommand> cs = ShellParser.parse(
                "PIP_NO_CACHE_DIR=1 pip install x > /dev/null 2>&1 # note && not a command\n"
                        + "if [ -f a ]; then pip install -r a; fi\n"
                        + "cat <<EOF >out", 0);
        assertThat(cs.get(0).assignments()).extracting(ShellWord::value).containsExactly("PIP_NO_CACHE_DIR=1");
        assertThat(cs.get(0).words()).extracting(ShellWord::value).containsExactly("pip", "install", "x");
        assertThat(cs.get(0).span()).isEqualTo(new dev.stacklint.source.Span(0, 49));
        assertThat(cs).extracting(c -> c.program().orElse("")).containsExactly("pip", "[", "pip", "cat");
    }

    @Test
    void wordSpansUseTheBaseOffset() {
        List<SimpleCommand> cs = ShellParser.parse("pip  install", 10);
        assertThat(cs.get(0).words().get(1).span()).isEqualTo(new dev.stacklint.source.Span(15, 22));
        assertThat(cs.get(0).program()).contains("pip");
    }

    @Test
    void optionsInBundlesAndLongForms() {
        SimpleCommand c = ShellParser.parse("npm install -gq --prefix=/x a", 0).get(0);
        assertThat(c.hasOption("-g")).isTrue();
        assertThat(c.hasOption("--prefix")).isTrue();
        assertThat(c.hasOption("-x")).isFalse();
        assertThat(c.operands()).extracting(ShellWord::value).containsExactly("install", "a");
    }

    @Test
    void unterminatedQuotesDoNotThrow() {
        assertThat(commands("echo 'abc")).containsExactly("echo abc");
        assertThat(commands("echo \"abc $(x")).containsExactly("echo abc $(x");
        assertThat(commands(">")).isEmpty();
        assertThat(commands("2>")).isEmpty();
    }

    @Test
    void shellDashCBodiesAreParsedWithExactSpans() {
        String text = "FROM a:1\nRUN sh -c 'pip install x && npm ci'\nCMD [\"bash\", \"-ec\", \"gunicorn app:app\"]\n";
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        List<SimpleCommand> run = ((Instruction.Run) df.instructions().get(1)).commands();
        assertThat(run).extracting(c -> c.program().orElse("")).containsExactly("sh", "pip", "npm");
        SimpleCommand npm = run.get(2);
        assertThat(df.source().slice(npm.span())).isEqualTo("npm ci");
        List<SimpleCommand> cmd = ShellCommands.of(((Instruction.Cmd) df.instructions().get(2)).command());
        assertThat(cmd).extracting(c -> c.program().orElse("")).containsExactly("bash", "gunicorn");
        assertThat(df.source().slice(cmd.get(1).words().get(1).span())).isEqualTo("app:app");
    }

    @Test
    void heredocScriptsAreParsedButNotDataHeredocs() {
        String text = "FROM a:1\nRUN <<EOF\npip install -r r.txt\nEOF\n"
                + "RUN cat <<EOF > /etc/x\npip install nope\nEOF\n"
                + "RUN bash <<EOF\nnpm ci\nEOF\n"
                + "RUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n";
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        List<Instruction> is = df.instructions();
        assertThat(((Instruction.Run) is.get(1)).commands()).extracting(c -> c.program().orElse(""))
                .containsExactly("pip");
        assertThat(df.source().slice(((Instruction.Run) is.get(1)).commands().get(0).span()))
                .isEqualTo("pip install -r r.txt");
        assertThat(((Instruction.Run) is.get(2)).commands()).extracting(c -> c.program().orElse(""))
                .containsExactly("cat");
        assertThat(((Instruction.Run) is.get(3)).commands()).extracting(c -> c.program().orElse(""))
                .containsExactly("bash", "npm");
        assertThat(((Instruction.Run) is.get(4)).commands()).isEmpty();
    }

    @Test
    void continuationsInRunTextAreBlanks() {
        String text = "FROM a:1\nRUN pip install \\\n    --no-cache-dir \\\n    flask\n";
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        List<SimpleCommand> cs = ((Instruction.Run) df.instructions().get(1)).commands();
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).hasOption("--no-cache-dir")).isTrue();
        assertThat(df.source().slice(cs.get(0).words().get(3).span())).isEqualTo("flask");
    }

    @Test
    void eachCommandKnowsTheOperatorAfterIt() {
        assertThat(ShellParser.script("a && b || c; d | e |& f & g\nh")).extracting(SimpleCommand::after)
                .containsExactly("&&", "||", ";", "|", "|", "&", "", "");
        assertThat(ShellParser.script("a & b")).extracting(SimpleCommand::background).containsExactly(true, false);
    }

    @Test
    void commandsUnderAConditionAreMarked() {
        List<SimpleCommand> cs = ShellParser.script(
                "if [ -f a ]; then b; else c; fi; d || e; [ -n x ] && f && g; h && i; while true; do j; done; k");
        assertThat(cs).extracting(c -> c.words().isEmpty() ? c.reserved().get(0).raw() : c.words().get(0).value())
                .containsExactly("[", "b", "c", "fi", "d", "e", "[", "f", "g", "h", "i", "true", "j", "done", "k");
        assertThat(cs).extracting(SimpleCommand::conditional).containsExactly(
                false, true, true, true, false, true, false, true, true, false, false, false, true, true, false);
        assertThat(ShellParser.script("case $1 in web) gunicorn app;; esac; x")).extracting(SimpleCommand::conditional)
                .containsExactly(false, true, true, false);
    }

    @Test
    void reservedWordsAreKeptApartAndOnlyScriptsKeepCommandsMadeOfThem() {
        List<SimpleCommand> script = ShellParser.script("if x; then y; fi");
        assertThat(script).extracting(c -> c.reserved().stream().map(ShellWord::raw).toList())
                .containsExactly(List.of("if"), List.of("then"), List.of("fi"));
        assertThat(ShellParser.parse("if x; then y; fi", 0)).hasSize(2);
        // after an assignment a reserved word is a command name, as in sh (`X=1 while` runs a program "while")
        SimpleCommand c = ShellParser.parse("X=1 while", 0).get(0);
        assertThat(c.reserved()).isEmpty();
        assertThat(c.program()).contains("while");
    }

    @Test
    void wordPartsSeparateTextFromExpansions() {
        ShellWord w = ShellParser.parse("echo a$X\"${Y:-z}\"'$Q'$1$(c)`d`\\$E", 0).get(0).words().get(1);
        assertThat(w.parts()).containsExactly(new WordPart.Text("a"), new WordPart.Variable("X", "", ""),
                new WordPart.Variable("Y", ":-", "z"), new WordPart.Text("$Q"), new WordPart.Dynamic(),
                new WordPart.Dynamic(), new WordPart.Dynamic(), new WordPart.Text("$E"));
        assertThat(ShellParser.parse("exec \"$@\" ${*}", 0).get(0).words().subList(1, 3))
                .allSatisfy(a -> assertThat(a.parts()).containsExactly(new WordPart.Arguments()));
        assertThat(ShellParser.parse("echo '$x' \\$y", 0).get(0).args()).allMatch(ShellWord::expandsNothing);
    }

    @Test
    void composeStringCommandsSplitOnBlanksAndQuotesOnly() {
        List<ShellWord> ws = ShellParser.words("gunicorn -b \"0.0.0.0:$PORT\" 'a b' c\\ d x;y # z\n`w` a|b");
        assertThat(ws).extracting(ShellWord::value).containsExactly(
                "gunicorn", "-b", "0.0.0.0:$PORT", "a b", "c d", "x;y", "#", "z", "`w`", "a|b");
        assertThat(ws.get(2).span()).isEqualTo(new dev.stacklint.source.Span(12, 27));
        assertThat(ws).allMatch(ShellWord::expandsNothing);
    }

    @Test
    void fixedWhereTheProjectReaderUsedToSplitDifferently() {
        // a line continuation is a blank, not an empty word
        assertThat(ShellParser.script("exec \\\n  gunicorn app").get(0).words()).extracting(ShellWord::value)
                .containsExactly("exec", "gunicorn", "app");
        // a quoted ")" does not close "$("
        assertThat(commands("x=$(printf \"%s)\" a) gunicorn app")).containsExactly("gunicorn app");
        // escaped backquotes inside backquotes
        assertThat(commands("x=`echo \\`date\\``; gunicorn app")).containsExactly("", "gunicorn app");
        // a redirection without a target does not take the next command's first word
        assertThat(commands("cmd 2> ; gunicorn app\ncmd >\ngunicorn b")).containsExactly(
                "cmd", "gunicorn app", "cmd", "gunicorn b");
        // ">&word" redirects to a file: the word is no argument
        assertThat(commands("gunicorn app >&/tmp/log")).containsExactly("gunicorn app");
        // a quoted name is no assignment: "X"=1 runs a program
        assertThat(ShellParser.parse("\"X\"=1 a", 0).get(0).words()).extracting(ShellWord::value)
                .containsExactly("X=1", "a");
    }

    @Test
    void caseBranchesHoldCommandsAndTheirPatternsAreNoPipes() {
        List<SimpleCommand> cs = ShellParser.parse(
                "case \"$(uname -m)\" in\n  x86_64|amd64) A=x64 ;;\n  (arm*|aarch64) wget b | tar x ;&\n  *) exit 1;;\nesac", 0);
        assertThat(cs).extracting(c -> c.program().orElse("="))
                .containsExactly("=", "wget", "tar", "exit");
        assertThat(cs).extracting(SimpleCommand::piped).containsExactly(false, true, false, false);
        assertThat(cs).allMatch(SimpleCommand::conditional);
    }

    @Test
    void testsAndArithmeticAreOneCommandWhateverOperatorsTheyHold() {
        assertThat(commands("[[ -f a || $b == c ]] && (( n = 1 | 2 )) && x=$(( 3 | 4 )) y")).containsExactly(
                "[[ -f a || $b == c ]]", "(( n = 1 | 2 ))", "y");
        assertThat(ShellParser.parse("[[ a | b ]] && c", 0)).noneMatch(SimpleCommand::piped);
    }

    @Test
    void loopHeadersAndFunctionNamesAreNoCommands() {
        assertThat(commands("for p in a b; do pip install $p; done; for ((i=0;i<3;i++)); do x; done")).containsExactly(
                "pip install $p", "x");
        assertThat(commands("f() { apt-get update; }; function g { ls; }; function h() ( pwd ); f")).containsExactly(
                "apt-get update", "ls", "pwd", "f");
        assertThat(commands("select v in a b; do echo $v; break; done")).containsExactly("echo $v", "break");
    }

    @Test
    void aCommandInsideACompoundCommandIsLocatedAtItself() {
        String text = "if [ -x y ]; then\n  apt-get install -y curl\nelif z; then w; fi";
        SimpleCommand apt = ShellParser.parse(text, 0).get(1);
        assertThat(text.substring(apt.span().start(), apt.span().end())).isEqualTo("apt-get install -y curl");
        SimpleCommand fi = ShellParser.script("if x; then y; fi").get(2);
        assertThat(fi.span()).isEqualTo(new dev.stacklint.source.Span(14, 16));
    }

    @Test
    void heredocBodiesAreTextAndHereStringsAreWords() {
        assertThat(commands("cat > /etc/x <<EOF\nrm -rf / | x\nEOF\ncat <<-'E' | sh\n\tnot a command\n\tE\nls <<< \"a | b\""))
                .containsExactly("cat", "cat", "sh", "ls");
    }
}
