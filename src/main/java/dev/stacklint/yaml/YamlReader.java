package dev.stacklint.yaml;

import dev.stacklint.source.Limits;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a YAML file into {@link YamlNode} documents with SnakeYAML Engine's composer (nodes with marks, no
 * object construction). Syntax errors, duplicate keys and exceeded safety limits go to the caller's {@link YamlProblems};
 * reading never throws for any input.
 */
public final class YamlReader {
    /** Aliases to collections per document, SnakeYAML's own guard against expansion attacks. */
    public static final int MAX_COLLECTION_ALIASES = 200;

    private YamlReader() {
    }

    /**
     * Settings for reading {@code text}. The buffer holds the whole text: SnakeYAML's reader copies its window
     * each time it refills the buffer, and a scalar longer than the buffer made that quadratic in the scalar.
     */
    public static LoadSettings settings(String text) {
        return LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, at the second key
                .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
                .setCodePointLimit(text.length() + 1) // the file size is limited before (Limits.fileBytes)
                .setAllowRecursiveKeys(false)
                .setBufferSize(Math.max(1024, text.length() + 1))
                .build();
    }

    /** The documents of a file, in order; an empty file has none. */
    public static List<YamlNode> read(SourceFile file, YamlProblems problems) {
        return read(file, problems, Limits.DEFAULT);
    }

    /** As {@link #read(SourceFile, YamlProblems)}, within the nesting and node {@code limits}. */
    public static List<YamlNode> read(SourceFile file, YamlProblems problems, Limits limits) {
        List<YamlNode> documents = new ArrayList<>();
        String text = file.text();
        LoadSettings settings = settings(text);
        read(file, new ParserImpl(settings, new StreamReader(settings, text)), settings, problems, limits, documents);
        return documents;
    }

    /** The documents of a file and where its scalars are (for its comments), from one parse. */
    public record Read(List<YamlNode> documents, ScalarExtents scalars) {
    }

    /** As {@link #read(SourceFile, YamlProblems, Limits)}, noting where the scalars are as the parser meets them. */
    public static Read readWithScalars(SourceFile file, YamlProblems problems, Limits limits) {
        List<YamlNode> documents = new ArrayList<>();
        String text = file.text();
        LoadSettings settings = settings(text);
        ScalarExtents.Recorder recorder = new ScalarExtents.Recorder(new ParserImpl(settings, new StreamReader(settings, text)));
        read(file, recorder, settings, problems, limits, documents);
        return new Read(documents, recorder.finish());
    }

    private static void read(SourceFile file, Parser events, LoadSettings settings, YamlProblems problems, Limits limits,
                             List<YamlNode> documents) {
        String text = file.text();
        MarkOffsets offsets = new MarkOffsets(text);
        try {
            var parser = new DepthLimitedParser(events, limits.yamlDepth());
            MergeCheckingComposer composer = new MergeCheckingComposer(settings, parser);
            while (composer.hasNext()) {
                Node root = composer.next();
                for (var key : composer.takeRepeatedMergeKeys()) {
                    int start = key.getStartMark().map(m -> offsets.offset(m.getIndex())).orElse(0);
                    problems.repeatedMergeKey(new Origin(file, new Span(start, Math.min(text.length(), start + 2))));
                }
                documents.add(new NodeConverter(file, offsets, settings.getSchema().getScalarResolver(), problems, limits)
                        .document(root));
            }
        } catch (NodeConverter.TooManyNodes e) {
            problems.tooManyNodes(e.at, e.limit);
        } catch (NodeConverter.TooLarge e) {
            problems.syntax(e.at, e.getMessage());
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            problems.syntax(at(file, mark.map(m -> offsets.offset(m.getIndex())).orElse(0)), describe(e));
        } catch (YamlEngineException e) {
            problems.syntax(at(file, 0), "cannot read the file as YAML: " + e.getMessage());
        } catch (RuntimeException e) {
            problems.syntax(at(file, 0), "cannot read the file as YAML (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A one-character span at the offset, or an empty one at the end of a line or of the file. */
    static Origin at(SourceFile file, int offset) {
        String text = file.text();
        int off = Math.max(0, Math.min(offset, text.length()));
        boolean hasChar = off < text.length() && text.charAt(off) != '\n' && text.charAt(off) != '\r';
        return new Origin(file, new Span(off, hasChar ? off + 1 : off));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        if (problem.contains("\\t(TAB)") || problem.contains("\t(TAB)")) {
            return "a tab character cannot indent YAML; use spaces";
        }
        if (problem.endsWith(".")) {
            problem = problem.substring(0, problem.length() - 1);
        }
        String context = e.getContext();
        return context == null || context.isBlank() ? problem : problem + " (" + context.strip() + ")";
    }
}
