package dev.stacklint.rules.dockerfile;

import dev.stacklint.TestRules;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Edits;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.source.SourceFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fix any Dockerfile rule offers, on generated Dockerfiles full of what the fixes touch (package commands,
 * {@code cd}, ADD, MAINTAINER, shell-form CMD, odd casing) laid out with continuations, comment lines inside them,
 * CRLF and the backtick escape: applied alone, it keeps a file that parsed parseable and removes its finding.
 */
class FixProperties {
    private static final List<String> INSTRUCTIONS = List.of(
            "RUN apt-get update && apt-get install curl", "RUN apt-get -o A=1 install $PKGS git",
            "RUN apt update && apt install -y x", "RUN apt list", "RUN cd /app && make", "RUN cd /src && (make)",
            "RUN cd $HOME && make", "RUN pip install -r r.txt", "RUN python3 -m pip install flask",
            "RUN pip --log f install x", "RUN yum install httpd", "RUN dnf module install nodejs:20",
            "RUN zypper in x", "RUN sh -c 'apt-get install y'", "RUN <<EOF\napt-get install z\nEOF",
            "RUN [\"pip\", \"install\", \"q\"]", "ADD a.txt /a/", "ADD --chown=1 src/ b.tar.gz /b/", "add . /app",
            "MAINTAINER Jane \"J\" $Doe", "maintainer x\\y", "CMD python app.py", "CMD a && b",
            "ENTRYPOINT /entry.sh --x", "run make", "Copy . .", "WORKDIR /app", "ENV A=1", "COPY x /x",
            "ONBUILD RUN apt-get install w", "FROM base AS two", "from b as three");

    @Provide
    Arbitrary<String> dockerfiles() {
        Arbitrary<List<String>> body = Arbitraries.of(INSTRUCTIONS).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<String> first = Arbitraries.of("FROM debian:12", "FROM debian:12 as base", "from alpine AS base");
        Arbitrary<Integer> layout = Arbitraries.integers().between(0, 3);
        Arbitrary<Boolean> crlf = Arbitraries.of(true, false);
        Arbitrary<Boolean> backtick = Arbitraries.of(true, false);
        return Combinators.combine(first, body, layout, crlf, backtick).as(FixProperties::layOut);
    }

    /** The instructions, each space in a RUN or CMD replaced by a continuation (and a comment line) per layout. */
    private static String layOut(String first, List<String> body, int layout, boolean crlf, boolean backtick) {
        String escape = backtick ? "`" : "\\";
        String gap = switch (layout) {
            case 0 -> " ";
            case 1 -> " " + escape + "\n    ";
            case 2 -> " " + escape + "\n# note\n  ";
            default -> "  ";
        };
        List<String> lines = new ArrayList<>();
        if (backtick) {
            lines.add("# escape=`");
        }
        lines.add(first);
        for (String instruction : body) {
            boolean spread = instruction.startsWith("RUN ") && !instruction.contains("<<");
            lines.add(spread ? "RUN " + instruction.substring(4).replace(" && ", " &&" + gap) : instruction);
        }
        String text = String.join("\n", lines) + "\n";
        return crlf ? text.replace("\n", "\r\n") : text;
    }

    @Property(tries = 400)
    void everyFixKeepsTheFileParseableAndRemovesItsFinding(@ForAll("dockerfiles") String text) {
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        boolean parsed = df.errors().isEmpty();
        for (var r : BuiltinRules.all()) {
            if (!(r instanceof DockerfileRule rule)) {
                continue;
            }
            List<Finding> findings = findings(rule, text);
            for (Finding f : findings) {
                if (f.fix() == null) {
                    continue;
                }
                assertThat(rule.meta().fixable()).as(rule.meta().code() + " declares its fixes").isNotNull();
                String fixed = Edits.apply(text, f.fix().edits());
                if (parsed) {
                    assertThat(DockerfileParser.parse(SourceFile.of("Dockerfile", fixed)).errors())
                            .as("%s fixed by %s:\n%s", text, rule.meta().code(), fixed).isEmpty();
                }
                assertThat(findings(rule, fixed)).as("%s fixed by %s:\n%s", text, rule.meta().code(), fixed)
                        .hasSizeLessThan(findings.size());
            }
        }
    }

    private static List<Finding> findings(DockerfileRule rule, String text) {
        Dockerfile df = DockerfileParser.parse(SourceFile.of("Dockerfile", text));
        List<Finding> out = new ArrayList<>();
        rule.check(df, TestRules.CONTEXT, new Reporter(rule.meta(), df.source(), out::add));
        return out;
    }
}
