package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRule;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.nio.file.Path;
import java.util.List;

/**
 * One fixed set of findings over two files under {@code /repo} (plus a clean one), built directly so that
 * every format's golden file stays put: every severity, a multi-line span, an empty span, identical findings on
 * identical lines (the second with the first as a related location), and messages with characters each format
 * must escape.
 */
final class SampleReport {
    static final Path ROOT = Path.of("/repo");

    static final RuleMeta PORT = new RuleMeta("SL901", "sample-published-port", Severity.WARNING, Target.COMPOSE,
            "A sample compose rule.");
    static final RuleMeta MODE = new RuleMeta("SL902", "sample-mode", Severity.ERROR, Target.COMPOSE,
            "A sample rule whose messages need escaping.");
    static final RuleMeta COPY = new RuleMeta("SL903", "sample-copy", Severity.INFO, Target.DOCKERFILE,
            "A sample Dockerfile rule with a multi-line span.");
    static final RuleMeta FROM = new RuleMeta("SL904", "sample-from", Severity.STYLE, Target.DOCKERFILE,
            "A sample style rule.");
    static final RuleMeta RESTART = new RuleMeta("SL905", "sample-restart", Severity.WARNING, Target.COMPOSE,
            "A sample rule that fires twice on identical lines.");

    static final SourceFile COMPOSE = new SourceFile(ROOT.resolve("docker-compose.yml"), "docker-compose.yml", """
            services:
              web:
                build: ./app
                ports: ["8000:8000"]
                # stacklint-disable-next-line SL902
                network_mode: "bridge,host"
              worker:
                restart: always
              beat:
                restart: always
            """);
    static final SourceFile DOCKERFILE = new SourceFile(ROOT.resolve("app/Dockerfile"), "app/Dockerfile", """
            FROM python:3.12-slim
            WORKDIR /app
            COPY . \\
              .
            RUN pip install -r requirements.txt
            """);
    static final SourceFile CLEAN = new SourceFile(ROOT.resolve("db/compose.yaml"), "db/compose.yaml", """
            services:
              db:
                image: postgres:16
            """);

    private SampleReport() {
    }

    static List<Rule> rules() {
        return List.of(new ParseRule(PORT), new ParseRule(MODE), new ParseRule(COPY), new ParseRule(FROM),
                new ParseRule(RESTART), ParseRules.UNUSED_SUPPRESSION);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(FROM, Severity.STYLE, DOCKERFILE, span(DOCKERFILE, 1, 6, 1, 22),
                        "Pin the image \u001b[31mby digest\u001b[0m for reproducible builds."),
                new Finding(COPY, Severity.INFO, DOCKERFILE, span(DOCKERFILE, 3, 1, 4, 4),
                        "COPY . . before pip install invalidates the layer cache (café ☕)."),
                new Finding(PORT, Severity.WARNING, COMPOSE, span(COMPOSE, 4, 13, 4, 24),
                        "Port 8000 is published on all interfaces: bind it to 127.0.0.1:8000:8000, or put a proxy in front (100% of traffic)."),
                new Finding(ParseRules.UNUSED_SUPPRESSION.meta(), Severity.INFO, COMPOSE, span(COMPOSE, 5, 35, 5, 40),
                        "The suppression of SL902 (sample-mode) silenced nothing on line 6; remove it."),
                new Finding(MODE, Severity.ERROR, COMPOSE, span(COMPOSE, 6, 19, 6, 32),
                        "network_mode <\"bridge,host\"> & 'x' is not valid\r\nsee: https://docs.docker.com/compose/"),
                new Finding(RESTART, Severity.WARNING, COMPOSE, span(COMPOSE, 8, 5, 8, 20), "restart: always restarts a crash loop forever."),
                new Finding(RESTART, Severity.WARNING, COMPOSE, span(COMPOSE, 10, 5, 10, 20), "restart: always restarts a crash loop forever.")
                        .withRelated(List.of(new RelatedLocation(COMPOSE, span(COMPOSE, 8, 5, 8, 20),
                                "the same setting on `worker` <first>"))),
                new Finding(PORT, Severity.WARNING, COMPOSE, Span.at(COMPOSE.text().length()), "An empty span at the end of the file."));
    }

    static Report report() {
        return new Report("1.2.3", List.of(DOCKERFILE, CLEAN, COMPOSE), findings(), rules(), ROOT, 2);
    }

    static Span span(SourceFile f, int line, int column, int endLine, int endColumn) {
        return new Span(f.offset(line, column), f.offset(endLine, endColumn));
    }
}
