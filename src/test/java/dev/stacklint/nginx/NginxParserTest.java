package dev.stacklint.nginx;

import dev.stacklint.source.Position;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NginxParserTest {

    private static NginxConf parse(String text) {
        return NginxParser.parse(SourceFile.of("nginx.conf", text));
    }

    private static String at(NginxConf conf, Word w) {
        Position p = conf.file().position(w.origin().span().start());
        return p.line() + ":" + p.column();
    }

    @Test
    void readsDirectivesBlocksAndPositions() {
        NginxConf conf = parse("""
                events {}
                http {
                    upstream app { server web:8000 max_fails=3; }
                    server {
                        listen 80;
                        location / { proxy_pass http://app; }
                    }
                }
                """);
        assertThat(conf.errors()).isEmpty();
        assertThat(conf.statements()).extracting(Statement::keyword).containsExactly("events", "http");
        Statement.Block http = (Statement.Block) conf.statements().get(1);
        Statement.Block upstream = (Statement.Block) http.body().get(0);
        assertThat(upstream.args()).extracting(Word::value).containsExactly("app");
        Statement server = upstream.body().get(0);
        assertThat(server).isInstanceOf(Statement.Directive.class);
        assertThat(server.args()).extracting(Word::value).containsExactly("web:8000", "max_fails=3");
        assertThat(at(conf, server.args().get(0))).isEqualTo("3:27");
        Statement.Block location = (Statement.Block) ((Statement.Block) http.body().get(1)).body().get(1);
        assertThat(location.args()).extracting(Word::value).containsExactly("/");
        assertThat(at(conf, location.body().get(0).args().get(0))).isEqualTo("6:33");
    }

    @Test
    void quotesEscapesCommentsAndEnvsubstVariables() {
        NginxConf conf = parse("""
                # a comment { with ; braces }
                add_header X "a; b { c }" always; # trailing
                add_header Y 'it\\'s' "say \\"hi\\"";
                return 200 a\\ b;
                listen ${PORT};
                set $x ${host}y;
                """);
        assertThat(conf.errors()).isEmpty();
        assertThat(conf.comments()).hasSize(2);
        List<Statement> s = conf.statements();
        assertThat(s.get(0).args()).extracting(Word::value).containsExactly("X", "a; b { c }", "always");
        assertThat(s.get(0).args().get(1).quoted()).isTrue();
        assertThat(s.get(1).args()).extracting(Word::value).containsExactly("Y", "it's", "say \"hi\"");
        assertThat(s.get(2).args()).extracting(Word::value).containsExactly("200", "a\\ b"); // as nginx: only quotes, \\, \\t, \\r, \\n unescape
        assertThat(s.get(3).args()).extracting(Word::value).containsExactly("${PORT}");
        assertThat(s.get(3).args().get(0).variable()).isTrue();
        assertThat(s.get(4).args()).extracting(Word::value).containsExactly("$x", "${host}y");
    }

    @Test
    void mapBlocksAndLuaBodies() {
        NginxConf conf = parse("""
                map $http_upgrade $connection_upgrade {
                    default upgrade;
                    ''      close;
                    "~^(?<v>[a-z]{2})$" $v;
                }
                location /lua {
                    content_by_lua_block {
                        ngx.say("}") -- not the end }
                        if x then y() end
                    }
                }
                """);
        assertThat(conf.errors()).isEmpty();
        Statement.Block map = (Statement.Block) conf.statements().get(0);
        assertThat(map.body()).extracting(st -> st.keyword()).containsExactly("default", "", "~^(?<v>[a-z]{2})$");
        Statement.Block location = (Statement.Block) conf.statements().get(1);
        assertThat(((Statement.Block) location.body().get(0)).body()).isEmpty();
    }

    @Test
    void syntaxErrorsArePlacedAndStopTheRead() {
        assertError("server {\n    listen 80\n}\n", "2:12", "the `listen` directive needs a `;` before the `}`");
        assertError("http {\n  server {\n  }\n", "1:1", "the `http` block opened here is never closed: add a `}`");
        assertError("listen 80;\n}\n", "2:1", "unexpected `}`: no block is open here");
        assertError("add_header X \"open;\n", "1:14", "this quote is never closed: add the closing \"");
        assertError("worker_processes 2", "1:18", "the file ends inside the `worker_processes` directive: it needs a `;`");
        assertError("  ;", "1:3", "unexpected `;` with no directive before it");
        assertError("{ }", "1:1", "unexpected `{` with no directive before it");
        NginxConf partial = parse("a 1;\nb 2\n}\nc 3;");
        assertThat(partial.statements()).extracting(Statement::keyword).containsExactly("a");
    }

    @Test
    void nestingAndSizeAreBounded() {
        NginxConf deep = parse("a {".repeat(NginxParser.MAX_DEPTH + 5) + "}".repeat(NginxParser.MAX_DEPTH + 5));
        assertThat(deep.errors()).singleElement().extracting(NginxError::message)
                .isEqualTo("blocks are nested more than " + NginxParser.MAX_DEPTH + " deep; not read further");
        NginxConf many = parse("x;".repeat(NginxParser.MAX_STATEMENTS + 1));
        assertThat(many.statements()).hasSize(NginxParser.MAX_STATEMENTS);
        assertThat(many.errors()).singleElement().extracting(NginxError::message)
                .isEqualTo("more than " + NginxParser.MAX_STATEMENTS + " directives; not read further");
        // a long run of `${` without its `}` is read in one pass
        NginxConf open = parse("set $a " + "${".repeat(50_000) + ";");
        assertThat(open.errors()).hasSize(1);
    }

    private static void assertError(String text, String where, String message) {
        NginxConf conf = parse(text);
        assertThat(conf.errors()).as(text).hasSize(1);
        NginxError e = conf.errors().get(0);
        Position p = conf.file().position(e.origin().span().start());
        assertThat(p.line() + ":" + p.column()).as(text).isEqualTo(where);
        assertThat(e.message()).isEqualTo(message);
    }
}
