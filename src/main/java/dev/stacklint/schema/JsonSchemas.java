package dev.stacklint.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the JSON Schemas shipped under {@code /stacklint/} (Compose files, configuration) into the validator. */
public final class JsonSchemas {
    static {
        // The validator logs through SLF4J; without a provider SLF4J prints a warning on stderr of every run.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private JsonSchemas() {
    }

    /** @param resource a class-path resource, e.g. {@code /stacklint/compose-schema.json} */
    public static Schema load(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
