package dev.stacklint.yaml;

import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --fix} must not edit in a YAML file: every alias, every node that carries an anchor (its text is
 * shared by each alias of it), and each scalar from its first {@code $} on (an interpolated {@code ${…}} region).
 */
public final class FixRegions {
    private FixRegions() {
    }

    /** The file's protected spans; empty when it is not well-formed YAML (a syntax error, a duplicate key). */
    public static Optional<List<Span>> of(SourceFile file) {
        YamlProblems.Flag problems = new YamlProblems.Flag();
        List<YamlNode> documents = YamlReader.read(file, problems);
        if (problems.raised() || documents.stream().anyMatch(d -> !(d instanceof YamlMapping) && !d.isNull())) {
            return Optional.empty();
        }
        String text = file.text();
        MarkOffsets offsets = new MarkOffsets(text);
        LoadSettings settings = YamlReader.settings(text);
        List<Span> spans = new ArrayList<>();
        Deque<Integer> anchoredStarts = new ArrayDeque<>(); // -1 for a collection without anchor
        try {
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
            while (parser.hasNext()) {
                Event e = parser.next();
                int start = offset(e.getStartMark(), offsets);
                int end = Math.max(start, offset(e.getEndMark(), offsets));
                boolean anchored = e instanceof NodeEvent n && n.getAnchor().isPresent();
                switch (e.getEventId()) {
                    case Alias -> spans.add(new Span(start, end));
                    case Scalar -> {
                        String raw = text.substring(start, end);
                        if (anchored) {
                            spans.add(new Span(start, end));
                        } else if (raw.indexOf('$') >= 0 || ((ScalarEvent) e).getValue().indexOf('$') >= 0) {
                            spans.add(new Span(raw.indexOf('$') >= 0 ? start + raw.indexOf('$') : start, end));
                        }
                    }
                    case MappingStart, SequenceStart -> anchoredStarts.push(anchored ? start : -1);
                    case MappingEnd, SequenceEnd -> {
                        int from = anchoredStarts.isEmpty() ? -1 : anchoredStarts.pop();
                        if (from >= 0) {
                            spans.add(new Span(from, Math.max(from, end)));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty(); // read above already, so not expected: refuse to fix rather than guess
        }
        return Optional.of(List.copyOf(spans));
    }

    private static int offset(Optional<Mark> mark, MarkOffsets offsets) {
        return mark.map(m -> offsets.offset(m.getIndex())).orElse(0);
    }
}
