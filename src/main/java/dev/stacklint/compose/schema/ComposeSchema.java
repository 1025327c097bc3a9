package dev.stacklint.compose.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.stacklint.schema.JsonSchemas;
import dev.stacklint.schema.JsonTree;
import dev.stacklint.yaml.YamlNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * stacklint's own JSON Schema for Compose files ({@code stacklint/compose-schema.json}, written from the Compose
 * Specification) run by the networknt validator. Each validation error becomes a {@link Violation} at the YAML
 * key or value it concerns, in plain words.
 */
public final class ComposeSchema {
    static final String RESOURCE = "/stacklint/compose-schema.json";

    private static final class Holder {
        static final ComposeSchema INSTANCE = new ComposeSchema(JsonSchemas.load(RESOURCE));
    }

    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private final Schema schema;
    private final ViolationMessages messages;
    private final Set<String> topLevelKeys;
    private final Set<String> serviceKeys;

    private ComposeSchema(Schema schema) {
        this.schema = schema;
        this.messages = new ViolationMessages(schema.getSchemaNode());
        this.topLevelKeys = Set.copyOf(schema.getSchemaNode().path("properties").propertyNames());
        this.serviceKeys = Set.copyOf(schema.getSchemaNode().path("$defs").path("service").path("properties")
                .propertyNames());
    }

    /** The keys the specification defines at the top of a Compose file ({@code services}, {@code networks}...). */
    public Set<String> topLevelKeys() {
        return topLevelKeys;
    }

    /** The keys the specification defines for a service ({@code image}, {@code build}, {@code command}...). */
    public Set<String> serviceKeys() {
        return serviceKeys;
    }

    public static ComposeSchema get() {
        return Holder.INSTANCE;
    }

    /**
     * Starts compiling the schema on another thread, for a run that will validate a Compose file: it is the longest
     * set-up a run has, and the files can be read and parsed meanwhile. {@link #get} waits for it.
     */
    public static void prepare() {
        if (!PREPARING.compareAndSet(false, true)) {
            return; // already compiling (the command line asked for it before the files were collected)
        }
        Thread compile = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException | LinkageError e) {
                // the thread that validates a file fails on it too, and reports it
            }
        }, "compose-schema");
        compile.setDaemon(true);
        compile.start();
    }

    /** Everything in the document that does not fit, in document order, each reported once. */
    public List<Violation> validate(YamlNode document) {
        List<Error> errors = schema.validate(JsonTree.of(document));
        // once per place and message, told apart by text: a record's hash costs a one-file run its first use (~7 ms)
        Set<String> seen = new HashSet<>();
        List<Violation> sorted = new ArrayList<>();
        for (Error e : errors) {
            Violation v = messages.describe(e, document);
            if (seen.add(v.at().span().start() + "-" + v.at().span().end() + " " + v.message())) {
                sorted.add(v);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.at().span().start(), b.at().span().start()));
        return sorted;
    }
}
