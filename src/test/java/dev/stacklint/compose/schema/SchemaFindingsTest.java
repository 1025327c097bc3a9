package dev.stacklint.compose.schema;

import dev.stacklint.compose.ComposeLoad;
import dev.stacklint.compose.ComposeLoader;
import dev.stacklint.engine.LoadFindings;
import dev.stacklint.rule.Finding;
import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema violations become SL003 findings in plain words at the offending key or value. */
class SchemaFindingsTest {

    private static List<String> findings(String yaml) {
        ComposeLoad load = ComposeLoader.load(List.of(new SourceFile(Path.of("/nowhere/compose.yaml"), "compose.yaml",
                yaml)), Map.of());
        return LoadFindings.of(load.problems()).stream().map(SchemaFindingsTest::render).toList();
    }

    private static String render(Finding f) {
        return f.start().line() + ":" + f.start().column() + "-" + f.end().line() + ":" + f.end().column() + " "
                + f.rule().code() + " " + f.message();
    }

    @Test
    void theTutorialsMisspelledDependsOnGetsASuggestion() {
        assertThat(findings("""
                version: "3.8"
                services:
                  web:
                    build: .
                    dependson:
                      - db
                  db:
                    image: postgres:16
                """)).containsExactly(
                "5:5-5:14 SL003 `dependson` is not a Compose service key — did you mean `depends_on`?");
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        assertThat(findings("""
                services:
                  web:
                    image: nginx:1
                    ports:
                      - [8080, 80]
                    environment: 5
                    restart: [always]
                """)).containsExactly(
                "5:9-5:19 SL003 `ports[0]` must be a number, a string or a mapping, not a list",
                "6:18-6:19 SL003 `environment` must be a mapping or a list, not a number",
                "7:5-7:12 SL003 `restart` must be a string, not a list");
    }

    @Test
    void misplacedAndUnknownKeys() {
        assertThat(findings("""
                image: nginx:1
                services:
                  web:
                    volumes: []
                    networks: {}
                    healthcheck:
                      test: ["CMD", "true"]
                      intervall: 5s
                    ports:
                      - target: 80
                        publised: 8080
                  "web app":
                    image: x:1
                """)).containsExactly(
                "1:1-1:6 SL003 `image` is not a Compose top-level key; it belongs inside a service, under `services.<name>`",
                "8:7-8:16 SL003 `intervall` is not a `healthcheck` key — did you mean `interval`?",
                "11:9-11:17 SL003 `publised` is not a key of a `ports` entry — did you mean `published`?",
                "12:3-12:12 SL003 `web app` is not a valid service name: use only letters, digits, `.`, `_` and `-`");
    }

    @Test
    void enumsAndFormatsAndRequiredKeys() {
        assertThat(findings("""
                services:
                  web:
                    image: nginx:1
                    privileged: maybe
                    depends_on:
                      db:
                        condition: service_healty
                    healthcheck:
                      interval: 5 minutes
                    extends:
                      file: base.yaml
                  db:
                    image: postgres:16
                """)).containsExactly(
                "4:17-4:22 SL003 `privileged` must be true or false",
                "7:20-7:34 SL003 `depends_on.db.condition` must be one of `service_started`, `service_healthy`,"
                        + " `service_completed_successfully` — did you mean `service_healthy`?",
                "9:17-9:26 SL003 `healthcheck.interval` must be a duration such as `30s` or `1m30s`",
                "10:5-10:12 SL003 `extends` needs the key `service`");
    }

    @Test
    void variablesAreAcceptedInTypedFields() {
        assertThat(findings("""
                services:
                  web:
                    image: nginx:1
                    privileged: ${PRIVILEGED:-false}
                    cpus: ${CPUS}
                    healthcheck:
                      interval: ${INTERVAL:-10s}
                """)).isEmpty();
    }

    @Test
    void badShortSyntaxIsReportedWhereItIsWritten() {
        assertThat(findings("""
                services:
                  web:
                    image: nginx:1
                    ports:
                      - "80:80:80:80"
                      - "70000:80"
                      - "8080:80/tcpx"
                    volumes:
                      - "a:b:c:d"
                """)).containsExactly(
                "5:9-5:22 SL003 `80:80:80:80` is not a valid port: `80:80` is not an IP address",
                "6:9-6:19 SL003 `70000:80` is not a valid port: the host port `70000` must be a number from 0 to 65535 or a range like 8000-8010",
                "7:9-7:23 SL003 `8080:80/tcpx` is not a valid port: the protocol must be tcp, udp or sctp, not `tcpx`",
                "9:9-9:18 SL003 `a:b:c:d` is not a valid volume: `a:b:c:d` has too many colons; write SOURCE:TARGET[:MODE]");
    }

    @Test
    void aDocumentThatIsNotAMappingIsAFinding() {
        assertThat(findings("- just\n- a list\n")).containsExactly(
                "1:1-2:9 SL003 a Compose file must be a mapping of top-level keys such as `services`, not a list");
    }
}
