package dev.stacklint.rules.compose;

import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ordering rules' fix: the entries of a block mapping, or the items of a block sequence, put in order by moving
 * whole blocks of text. A block is an entry's lines with the comment lines right above it at its indentation;
 * the blank lines between blocks stay where they are. One edit replaces the lines from the first block that moves
 * to the last. No fix for flow style ({@code {a: 1}}, {@code [a, b]}), an entry that does not start its line, a
 * comment at the entries' indentation that belongs to no entry (a section title above a blank line), or a text that
 * does not end in a line break. The comments above the first top-level key are the file's header and stay on top; the fixer itself refuses an edit over an anchor, an alias or a {@code ${…}}.
 */
final class BlockOrder {
    /** What is sorted: where it starts in the text (its key, or the item after {@code - }) and ends, and its sort key. */
    record Item(int start, int end, String sortKey) {
    }

    private record Block(int start, int bodyEnd, int end) {
    }

    private BlockOrder() {
    }

    /** The entries of {@code mapping} written in it, sorted by name. */
    static Optional<Fix> entries(YamlMapping mapping, Comparator<String> order, String what) {
        List<Item> items = Written.own(mapping).stream().map(e -> new Item(e.key().origin().span().start(),
                end(e), e.name())).toList();
        return fix(mapping.origin().file(), items, order, false, what);
    }

    /** The items of {@code sequence}, each with its sort key. */
    static Optional<Fix> items(YamlSequence sequence, List<String> sortKeys, Comparator<String> order, String what) {
        List<YamlNode> nodes = Written.own(sequence);
        if (nodes.size() != sortKeys.size()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Span s = nodes.get(i).origin().span();
            items.add(new Item(s.start(), s.end(), sortKeys.get(i)));
        }
        return fix(sequence.origin().file(), items, order, true, what);
    }

    private static int end(YamlEntry e) {
        return Math.max(e.key().origin().span().end(), e.value().origin().file() == e.key().origin().file()
                ? e.value().origin().span().end() : 0);
    }

    private static Optional<Fix> fix(SourceFile file, List<Item> items, Comparator<String> order, boolean sequence,
                                     String what) {
        String text = file.text();
        if (items.size() < 2) {
            return Optional.empty();
        }
        int indent = -1;
        List<Block> blocks = new ArrayList<>();
        for (Item item : items) {
            int line = lineStart(text, item.start());
            String prefix = text.substring(line, item.start());
            if (!(sequence ? prefix.matches(" *- +") : prefix.matches(" *"))) {
                return Optional.empty();
            }
            int column = sequence ? prefix.indexOf('-') : prefix.length();
            if (indent >= 0 && column != indent) {
                return Optional.empty();
            }
            indent = column;
            int start = line;
            // the comments above the first top-level key are the file's header: they stay at the top
            boolean header = blocks.isEmpty() && indent == 0;
            while (!header && start > 0 && isComment(text, lineStart(text, start - 1), indent)) {
                start = lineStart(text, start - 1);
            }
            blocks.add(new Block(start, -1, -1));
        }
        Item last = items.get(items.size() - 1);
        int end = text.indexOf('\n', Math.max(last.start(), last.end() - 1));
        if (end < 0) {
            return Optional.empty();
        }
        end++;
        while (end < text.length() && deeperComment(text, end, indent)) {
            end = text.indexOf('\n', end) < 0 ? -1 : text.indexOf('\n', end) + 1;
            if (end <= 0) {
                return Optional.empty();
            }
        }
        List<Block> sized = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            int blockEnd = i + 1 < blocks.size() ? blocks.get(i + 1).start() : end;
            int bodyEnd = blockEnd;
            while (bodyEnd > blocks.get(i).start() && blankLineBefore(text, bodyEnd)) {
                bodyEnd = lineStart(text, bodyEnd - 1);
            }
            Block b = new Block(blocks.get(i).start(), bodyEnd, blockEnd);
            if (strayComment(text, b, items.get(i).start(), indent)) {
                return Optional.empty();
            }
            sized.add(b);
        }
        List<Integer> sortedIndexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            sortedIndexes.add(i);
        }
        sortedIndexes.sort(Comparator.comparing(i -> items.get(i).sortKey(), order));
        int first = 0;
        while (first < items.size() && sortedIndexes.get(first) == first) {
            first++;
        }
        int lastMoved = items.size() - 1;
        while (lastMoved > first && sortedIndexes.get(lastMoved) == lastMoved) {
            lastMoved--;
        }
        if (first >= items.size()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int slot = first; slot <= lastMoved; slot++) {
            Block moved = sized.get(sortedIndexes.get(slot));
            Block here = sized.get(slot);
            out.append(text, moved.start(), moved.bodyEnd());
            if (slot < lastMoved) {
                out.append(text, here.bodyEnd(), here.end());
            }
        }
        Span region = new Span(sized.get(first).start(), sized.get(lastMoved).bodyEnd());
        return Optional.of(Fix.safe(what, new Edit(region, out.toString())));
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private static String lineAt(String text, int start) {
        int nl = text.indexOf('\n', start);
        String line = text.substring(start, nl < 0 ? text.length() : nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** A comment line whose {@code #} stands at {@code indent}. */
    private static boolean isComment(String text, int lineStart, int indent) {
        String line = lineAt(text, lineStart);
        return line.matches(" {" + indent + "}#.*");
    }

    /** A comment line indented deeper than {@code indent}: it belongs to the block above. */
    private static boolean deeperComment(String text, int lineStart, int indent) {
        return lineAt(text, lineStart).matches(" {" + (indent + 1) + ",}#.*");
    }

    /** The line that ends just before {@code offset} is blank. */
    private static boolean blankLineBefore(String text, int offset) {
        return offset > 0 && text.charAt(offset - 1) == '\n' && lineAt(text, lineStart(text, offset - 1)).isBlank();
    }

    /**
     * A comment in the block, after its own leading comments, at the entries' indentation or less: it belongs to no
     * entry (a title over a group), so where it should go is not known.
     */
    private static boolean strayComment(String text, Block b, int itemStart, int indent) {
        int from = text.indexOf('\n', itemStart);
        for (int line = from + 1; from >= 0 && line < b.end(); line = text.indexOf('\n', line) + 1) {
            String l = lineAt(text, line);
            String trimmed = l.stripLeading();
            if (trimmed.startsWith("#") && l.length() - trimmed.length() <= indent) {
                return true;
            }
            if (text.indexOf('\n', line) < 0) {
                break;
            }
        }
        return false;
    }
}
