package dev.stacklint.nginx;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The nginx reader never throws, keeps every span inside the file and reads the same tree twice. */
class NginxParserProperties {

    @Provide
    Arbitrary<String> confs() {
        Arbitrary<String> fragments = Arbitraries.of("server", "location", "upstream", "map", "http", "events",
                "include", "proxy_pass", "http://web:8000", "listen", "80", "ssl", " ", "\t", "\n", "\r\n", ";", "{",
                "}", "#", "# c\n", "\"", "'", "\\", "\\\"", "$", "${", "${PORT}", "$host", "~", "^/(a|b)$", "=",
                "content_by_lua_block", "--", "é", "\u0000", "\uFEFF", "''", "\"\"", "a\\ b", "*.conf", "/");
        return Arbitraries.oneOf(fragments.list().ofMaxSize(80).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 800)
    void neverThrowsSpansStayInsideAndDeterministic(@ForAll("confs") String text) {
        SourceFile file = SourceFile.of("nginx.conf", text);
        NginxConf conf = NginxParser.parse(file);
        int length = file.text().length();
        check(conf.statements(), length);
        conf.errors().forEach(e -> inside(e.origin().span(), length));
        conf.comments().forEach(c -> inside(c, length));
        assertThat(conf.errors().size()).isLessThanOrEqualTo(1);
        NginxConf again = NginxParser.parse(file);
        assertThat(again.statements()).isEqualTo(conf.statements());
        assertThat(again.errors()).isEqualTo(conf.errors());
    }

    private static void check(List<Statement> statements, int length) {
        for (Statement s : statements) {
            inside(s.origin().span(), length);
            inside(s.name().origin().span(), length);
            s.args().forEach(a -> inside(a.origin().span(), length));
            if (s instanceof Statement.Block b) {
                check(b.body(), length);
            }
        }
    }

    private static void inside(Span span, int length) {
        assertThat(span.start()).isBetween(0, length);
        assertThat(span.end()).isBetween(span.start(), length);
    }
}
