package dev.stacklint.compose.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stacklint.compose.yaml.YamlNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * stacklint's own JSON Schema for Compose files ({@code stacklint/compose-schema.json}, written from the Compose
 * Specification) run by the networknt validator. Each validation error becomes a {@link Violation} at the YAML
 * key or value it concerns, in plain words.
 */
public final class ComposeSchema {
    static final String RESOURCE = "/stacklint/compose-schema.json";

    private static final class Holder {
        static {
            // The validator logs through SLF4J; without a provider SLF4J prints a warning on stderr of every run.
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
            }
        }

        static final ComposeSchema INSTANCE = new ComposeSchema(load());
    }

    private final Schema schema;
    private final ViolationMessages messages;

    private ComposeSchema(JsonNode definition) {
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(definition);
        this.messages = new ViolationMessages(definition);
    }

    public static ComposeSchema get() {
        return Holder.INSTANCE;
    }

    /** Everything in the document that does not fit, in document order, each reported once. */
    public List<Violation> validate(YamlNode document) {
        List<Error> errors = schema.validate(JsonTree.of(document));
        Set<Violation> violations = new LinkedHashSet<>();
        for (Error e : errors) {
            violations.add(messages.describe(e, document));
        }
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) -> Integer.compare(a.at().span().start(), b.at().span().start()));
        return sorted;
    }

    private static JsonNode load() {
        try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
