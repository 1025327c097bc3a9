package dev.stacklint.compose.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.stacklint.TestPaths;
import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.engine.LoadFindings;
import dev.stacklint.schema.JsonTree;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our schema's valid/invalid verdict against the official Compose schema's (a test oracle, never shipped), over
 * every document of the shared corpus and mutations of the awesome-compose files. Prints the agreement count.
 */
class SchemaAgreementTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Mutations where we knowingly give a different verdict than the official schema, and why. */
    private static final Map<String, String> DELIBERATE_MUTATIONS = Map.of(
            "boolean-as-word", "we accept the words Compose converts to booleans (true, yes, on...) and strings"
                    + " holding ${VAR}, but not any string: `privileged: maybe` fails in Compose");

    /** Corpus documents where we knowingly differ, and why. */
    private static final Map<String, String> DELIBERATE_FILES = Map.of(
            "compose-go-testdata/inline-from-go-tests/loader/tests/build_extra_test/TestBuildNoCacheFilter-1.yaml",
            "`build.no_cache_filter` is in the specification and compose-go, newer than the compatibility copy"
                    + " of the official schema");

    private static Schema official;
    private static Schema ours;
    private static Path shared;

    @BeforeAll
    static void load() throws IOException {
        shared = TestPaths.shared();
        Path reference = TestPaths.shared("reference/compose-spec.json");
        JsonMapper mapper = JsonMapper.builder().build();
        SchemaRegistryConfig noFormats = SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
        official = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemaRegistryConfig(noFormats))
                .getSchema(SchemaLocation.of(reference.toUri().toString()), mapper.readTree(Files.readString(reference)));
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(ComposeSchema.RESOURCE)) {
            ours = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(mapper.readTree(in));
        }
    }

    private record Verdicts(boolean official, boolean ours) {
        boolean agree() {
            return official == ours;
        }
    }

    private static Verdicts verdicts(JsonNode doc) {
        return new Verdicts(official.validate(doc).isEmpty(), ours.validate(doc).isEmpty());
    }

    @Test
    void corpusVerdictsAgree() throws IOException {
        Map<String, Verdicts> disagreements = new LinkedHashMap<>();
        int compared = 0;
        for (Map.Entry<String, JsonNode> doc : corpusDocuments().entrySet()) {
            Verdicts v = verdicts(doc.getValue());
            compared++;
            if (DELIBERATE_FILES.containsKey(doc.getKey())) {
                assertThat(v.agree()).as("%s is listed as a deliberate difference", doc.getKey()).isFalse();
            } else if (!v.agree()) {
                disagreements.put(doc.getKey(), v);
            }
        }
        System.out.printf("schema agreement on corpus: %d of %d documents (%d deliberate differences)%n",
                compared - disagreements.size() - DELIBERATE_FILES.size(), compared, DELIBERATE_FILES.size());
        assertThat(disagreements).as("documents where our verdict differs from the official schema's").isEmpty();
    }

    @Test
    void mutatedDocumentsAgree() throws IOException {
        Map<String, Consumer<ObjectNode>> mutations = mutations();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int deliberate = 0;
        for (Map.Entry<String, JsonNode> doc : corpusDocuments().entrySet()) {
            if (!doc.getKey().startsWith("awesome-compose/")) {
                continue;
            }
            for (Map.Entry<String, Consumer<ObjectNode>> m : mutations.entrySet()) {
                ObjectNode copy = (ObjectNode) doc.getValue().deepCopy();
                m.getValue().accept(copy);
                Verdicts v = verdicts(copy);
                compared++;
                if (DELIBERATE_MUTATIONS.containsKey(m.getKey())) {
                    deliberate++;
                    assertThat(v.ours()).as(m.getKey() + " on " + doc.getKey()).isFalse();
                } else if (!v.agree()) {
                    disagreements.add(m.getKey() + " on " + doc.getKey() + " " + v);
                } else {
                    assertThat(v.official()).as(m.getKey() + " must make " + doc.getKey() + " invalid").isFalse();
                }
            }
        }
        System.out.printf("schema agreement on mutations: %d of %d mutated documents (%d deliberate differences)%n",
                compared - disagreements.size() - deliberate, compared, deliberate);
        assertThat(disagreements).isEmpty();
    }

    /** Each mutation breaks a valid document in one way users do. */
    private static Map<String, Consumer<ObjectNode>> mutations() {
        Map<String, Consumer<ObjectNode>> m = new LinkedHashMap<>();
        m.put("unknown-service-key", d -> firstService(d).set("dependson", NODES.arrayNode().add("db")));
        m.put("unknown-top-level-key", d -> d.set("service", NODES.objectNode()));
        m.put("misplaced-image-at-top-level", d -> d.set("image", NODES.stringNode("nginx:1.27")));
        m.put("misplaced-services-in-service", d -> firstService(d).set("services", NODES.objectNode()));
        m.put("ports-not-a-list", d -> firstService(d).set("ports", NODES.stringNode("8080:80")));
        m.put("port-item-wrong-type", d -> firstService(d).set("ports", NODES.arrayNode().add(NODES.booleanNode(true))));
        m.put("port-long-form-unknown-key", d -> firstService(d).set("ports", NODES.arrayNode()
                .add(NODES.objectNode().put("target", 80).put("publised", "8080"))));
        m.put("image-not-a-string", d -> firstService(d).set("image", NODES.arrayNode().add("nginx")));
        m.put("environment-wrong-type", d -> firstService(d).put("environment", 5));
        m.put("environment-value-list", d -> firstService(d).set("environment",
                NODES.objectNode().set("A", NODES.arrayNode().add("x"))));
        m.put("depends-on-bad-condition", d -> firstService(d).set("depends_on", NODES.objectNode()
                .set("db", NODES.objectNode().put("condition", "service_up"))));
        m.put("healthcheck-unknown-key", d -> firstService(d).set("healthcheck", NODES.objectNode()
                .put("test", "true").put("intervall", "5s")));
        m.put("volume-long-form-without-type", d -> firstService(d).set("volumes", NODES.arrayNode()
                .add(NODES.objectNode().put("source", "data").put("target", "/data"))));
        m.put("build-wrong-type", d -> firstService(d).put("build", 5));
        m.put("build-unknown-key", d -> firstService(d).set("build", NODES.objectNode().put("context", ".")
                .put("dockerfil", "Dockerfile")));
        m.put("command-mapping", d -> firstService(d).set("command", NODES.objectNode().put("a", "b")));
        m.put("extends-without-service", d -> firstService(d).set("extends", NODES.objectNode().put("file", "x.yaml")));
        m.put("service-not-a-mapping", d -> ((ObjectNode) d.get("services")).put("broken", "nginx"));
        m.put("service-name-with-space", d -> ((ObjectNode) d.get("services")).set("web app", NODES.objectNode()));
        m.put("network-unknown-key", d -> d.set("networks", NODES.objectNode().set("front",
                NODES.objectNode().put("drivr", "bridge"))));
        m.put("volumes-top-level-list", d -> d.set("volumes", NODES.arrayNode().add("data")));
        m.put("deploy-memory-list", d -> firstService(d).set("deploy", NODES.objectNode().set("resources",
                NODES.objectNode().set("limits", NODES.objectNode().set("memory", NODES.arrayNode().add(1))))));
        m.put("restart-list", d -> firstService(d).set("restart", NODES.arrayNode().add("always")));
        m.put("secrets-item-number", d -> firstService(d).set("secrets", NODES.arrayNode().add(5)));
        m.put("boolean-as-word", d -> firstService(d).put("privileged", "maybe"));
        return m;
    }

    private static ObjectNode firstService(ObjectNode doc) {
        ObjectNode services = (ObjectNode) doc.get("services");
        return (ObjectNode) services.get(services.propertyNames().iterator().next());
    }

    /** Every parseable corpus document as JSON (merge keys resolved, no interpolation), keyed by file (and #n). */
    private static Map<String, JsonNode> corpusDocuments() throws IOException {
        Path corpus = TestPaths.shared("corpus/compose");
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path p : files) {
            String name = corpus.relativize(p).toString();
            Problems problems = new Problems();
            List<YamlNode> nodes = YamlReader.read(SourceFile.read(p, name), problems);
            if (!LoadFindings.of(problems.all()).isEmpty()) {
                continue; // not YAML a strict parser accepts: no verdict to compare
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) instanceof YamlMapping m && !m.entries().isEmpty()) {
                    docs.put(name + (nodes.size() > 1 ? "#" + i : ""), JsonTree.of(m));
                }
            }
        }
        assertThat(docs).isNotEmpty();
        return docs;
    }

}
