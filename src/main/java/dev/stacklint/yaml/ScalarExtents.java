package dev.stacklint.yaml;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the scalars of a YAML file are, as {@link YamlReader} saw them: a {@code #} inside one does not start a
 * comment. Recorded from the parser's events while the file is read, so that finding comments needs no second
 * parse. Past a syntax error the extents are unknown ({@link #parsedUpTo}).
 */
public final class ScalarExtents {
    private final List<int[]> ranges;
    private final int parsedUpTo;

    private ScalarExtents(List<int[]> ranges, int parsedUpTo) {
        this.ranges = ranges;
        this.parsedUpTo = parsedUpTo;
    }

    /** The 0-based line from which the parser did not get: every line before it was read. */
    public int parsedUpTo() {
        return parsedUpTo;
    }

    /**
     * Whether a scalar covers this 0-based (line, code-point column). Scalars come in document order and never
     * overlap: the last one starting at or before the point decides.
     */
    public boolean contains(int line, int column) {
        int lo = 0;
        int hi = ranges.size() - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = ranges.get(mid);
            if (r[0] < line || (r[0] == line && r[1] <= column)) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (candidate < 0) {
            return false;
        }
        int[] r = ranges.get(candidate);
        return line < r[2] || (line == r[2] && column < r[3]);
    }

    /**
     * Passes a parser's events through and notes each scalar's extent. When the reader stops early (a composer
     * error, a limit), {@link #finish} reads the rest of the events, as a plain parse of the file would.
     */
    static final class Recorder implements Parser {
        private final Parser parser;
        private final List<int[]> ranges = new ArrayList<>();
        private boolean failed;

        Recorder(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return guarded(() -> parser.checkEvent(id));
        }

        @Override
        public Event peekEvent() {
            return guarded(parser::peekEvent);
        }

        @Override
        public boolean hasNext() {
            return guarded(parser::hasNext);
        }

        @Override
        public Event next() {
            Event event = guarded(parser::next);
            if (event instanceof ScalarEvent && event.getStartMark().isPresent() && event.getEndMark().isPresent()) {
                Mark s = event.getStartMark().get();
                Mark e = event.getEndMark().get();
                ranges.add(new int[] {s.getLine(), s.getColumn(), e.getLine(), e.getColumn()});
            }
            return event;
        }

        /** The extents, once the reader is done with the parser (or gave up on it). */
        ScalarExtents finish() {
            try {
                while (!failed && hasNext()) {
                    next();
                }
            } catch (RuntimeException e) {
                failed = true; // noted by guarded(): the parser stopped at a syntax error
            }
            int parsedUpTo = !failed ? Integer.MAX_VALUE : ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1)[2];
            return new ScalarExtents(List.copyOf(ranges), parsedUpTo);
        }

        private <T> T guarded(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                failed = true; // a syntax error: the parser can go no further
                throw e;
            }
        }
    }
}
