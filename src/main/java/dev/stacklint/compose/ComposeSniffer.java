package dev.stacklint.compose;

import dev.stacklint.compose.schema.ComposeSchema;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.Set;

/**
 * Tells a Compose file from other YAML by the start of its text, for files whose name does not say: an add-on
 * file ({@code jibri.yml}), a {@code docker-compose/*.yml} or {@code docker/prod.yml}. It reads YAML events (no
 * document is built) and stops once it knows: a Compose file's top level is a mapping of Compose's own keys
 * ({@code services}, {@code networks}, {@code x-...}) whose {@code services} is a mapping of service definitions,
 * each a mapping with service keys ({@code image}, {@code build}, {@code command}...). So a Kubernetes manifest
 * ({@code apiVersion}), a GitHub workflow ({@code on}, {@code jobs}), a GitLab CI file (job names; its global
 * {@code services} is a list), an Ansible playbook (a list), Helm values and OpenAPI documents are not Compose
 * files.
 */
public final class ComposeSniffer {
    /** How much of a text is looked at; a Compose file shows its services long before. */
    public static final int PREFIX_CHARS = 64 * 1024;
    private static final int MAX_EVENTS = 20_000;
    private static final String MERGE_KEY = "<<";

    private static final LoadSettings SETTINGS = LoadSettings.builder().setCodePointLimit(PREFIX_CHARS * 2).build();

    private ComposeSniffer() {
    }

    /** What the start of a YAML text looks like. */
    public enum Verdict {
        /** A top-level {@code services} mapping of service definitions (or an {@code include} list of files). */
        COMPOSE,
        /** Only Compose's top-level keys, but no service definition to go by ({@code services: {}}). */
        COMPOSE_SHAPED,
        /** Nothing to go by: empty, only comments, or only {@code version}/{@code name}. */
        UNKNOWN,
        /** Something else: a list, a scalar, a key Compose does not have at the top, a list of services. */
        NOT_COMPOSE
    }

    public static Verdict sniff(String text) {
        String prefix = text.length() > PREFIX_CHARS ? text.substring(0, PREFIX_CHARS) : text;
        Sniff sniff = new Sniff(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, prefix)));
        try {
            return sniff.run();
        } catch (YamlEngineException | IllegalStateException e) {
            return sniff.soFar(); // a syntax error, or the end of the prefix: judge what was read
        }
    }

    /** One pass over the events of a text's first document. */
    private static final class Sniff {
        private final Parser parser;
        private final Set<String> topLevelKeys = ComposeSchema.get().topLevelKeys();
        private final Set<String> serviceKeys = ComposeSchema.get().serviceKeys();
        private int events;
        private boolean shaped;
        private boolean services;
        private boolean includes;

        Sniff(Parser parser) {
            this.parser = parser;
        }

        Verdict run() {
            next(); // stream start
            Event e = next();
            if (e.getEventId() == Event.ID.StreamEnd) {
                return Verdict.UNKNOWN;
            }
            e = next(); // the document's root
            if (e.getEventId() == Event.ID.Scalar && ((ScalarEvent) e).getValue().isEmpty()) {
                return Verdict.UNKNOWN; // only comments: an empty document
            }
            if (e.getEventId() != Event.ID.MappingStart) {
                return Verdict.NOT_COMPOSE;
            }
            while (true) {
                e = next();
                if (e.getEventId() == Event.ID.MappingEnd) {
                    return soFar();
                }
                if (!(e instanceof ScalarEvent key)) {
                    return Verdict.NOT_COMPOSE;
                }
                String k = key.getValue();
                if (!topLevelKeys.contains(k) && !k.startsWith("x-")) {
                    return Verdict.NOT_COMPOSE;
                }
                boolean fits = switch (k) {
                    case "services" -> services();
                    case "include" -> include();
                    default -> skipValue();
                };
                if (!fits) {
                    return Verdict.NOT_COMPOSE;
                }
                shaped |= !k.equals("version") && !k.equals("name");
            }
        }

        Verdict soFar() {
            if (services || includes) {
                return Verdict.COMPOSE;
            }
            return shaped ? Verdict.COMPOSE_SHAPED : Verdict.UNKNOWN;
        }

        /** {@code services}: a mapping whose every entry is a mapping with at least one service key. */
        private boolean services() {
            Event e = next();
            if (e.getEventId() == Event.ID.Alias || isNull(e)) {
                return true;
            }
            if (e.getEventId() != Event.ID.MappingStart) {
                return false;
            }
            while (true) {
                e = next();
                if (e.getEventId() == Event.ID.MappingEnd) {
                    return true;
                }
                skip(e); // the service's name
                e = next();
                if (e.getEventId() == Event.ID.Alias) {
                    continue;
                }
                if (e.getEventId() != Event.ID.MappingStart || !isService()) {
                    return false;
                }
                services = true; // one service definition so far: enough when the text ends or breaks later
            }
        }

        /** The keys of one service's mapping (its start already read): true when one is a service key. */
        private boolean isService() {
            boolean found = false;
            while (true) {
                Event e = next();
                if (e.getEventId() == Event.ID.MappingEnd) {
                    return found;
                }
                if (e instanceof ScalarEvent key && (serviceKeys.contains(key.getValue()) || key.getValue().equals(MERGE_KEY))) {
                    found = true;
                } else {
                    skip(e);
                }
                skipValue();
            }
        }

        /** {@code include}: a list of paths, or of mappings with a {@code path}. */
        private boolean include() {
            Event e = next();
            if (e.getEventId() != Event.ID.SequenceStart) {
                return false;
            }
            while (true) {
                e = next();
                if (e.getEventId() == Event.ID.SequenceEnd) {
                    includes = true;
                    return true;
                }
                if (e.getEventId() == Event.ID.MappingStart) {
                    if (!hasPath()) {
                        return false;
                    }
                } else if (e.getEventId() != Event.ID.Scalar) {
                    return false;
                }
            }
        }

        private boolean hasPath() {
            boolean path = false;
            while (true) {
                Event e = next();
                if (e.getEventId() == Event.ID.MappingEnd) {
                    return path;
                }
                path |= e instanceof ScalarEvent key && key.getValue().equals("path");
                skip(e);
                skipValue();
            }
        }

        private boolean skipValue() {
            skip(next());
            return true;
        }

        /** Skips the rest of a node whose first event is {@code first}. */
        private void skip(Event first) {
            int depth = opens(first) ? 1 : 0;
            while (depth > 0) {
                Event e = next();
                if (opens(e)) {
                    depth++;
                } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                    depth--;
                }
            }
        }

        private static boolean opens(Event e) {
            return e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart;
        }

        private static boolean isNull(Event e) {
            return e instanceof ScalarEvent s && s.getValue().isEmpty() && s.isPlain();
        }

        private Event next() {
            if (++events > MAX_EVENTS || !parser.hasNext()) {
                throw new IllegalStateException("stop");
            }
            return parser.next();
        }
    }
}
