package dev.stacklint.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.Optional;

/**
 * Passes a parser's events through while counting collection nesting, so that a hostile file
 * ({@code [[[[...}} ten thousand deep) stops with a marked error instead of overflowing the composer's stack.
 */
final class DepthLimitedParser implements Parser {
    private final Parser parser;
    private final int maxDepth;
    private int depth;

    DepthLimitedParser(Parser parser, int maxDepth) {
        this.parser = parser;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > maxDepth) {
                    throw new TooDeep(event, maxDepth);
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
            }
        }
        return event;
    }

    static final class TooDeep extends MarkedYamlEngineException {
        TooDeep(Event event, int maxDepth) {
            super("", Optional.empty(), "the document nests deeper than " + maxDepth + " levels (limits.yaml-depth)",
                    event.getStartMark());
        }
    }
}
