package dev.stacklint.engine;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.config.DclintConfig;
import dev.stacklint.dockerfile.SuppressionDirective;
import dev.stacklint.source.Limits;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.ScalarExtents;
import dev.stacklint.yaml.YamlReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suppression comments in a Compose file: {@code # stacklint-disable-next-line CODE,...} silences those rules
 * on the next line that holds YAML, {@code # stacklint-disable-line CODE,...} on its own line (the next line that
 * holds YAML when the comment is a line of its own, as dclint reads it), {@code # stacklint-disable CODE,...} in the
 * whole file. Codes or names, separated by commas or spaces; {@code -- why} after them is a free-text reason.
 * Spaces may stand for the hyphens ({@code # stacklint disable next-line}). dclint's comments
 * ({@code # dclint disable}, {@code disable-file}, {@code disable-line}, {@code disable-next-line}) work the same,
 * with dclint's rule names or stacklint's; without a name they silence every rule dclint has, as they do for dclint.
 * A comment that looks like a directive and is not one is kept as a {@link Suppression#mistake}.
 *
 * <p>Comments are not in the YAML node tree, so they are read from the text; a {@code #} only starts a comment
 * at the start of a line or after a blank, and outside every scalar (quoted or block). The scalars' extents come
 * from the parse that read the file ({@link ScalarExtents}); past a syntax error only whole-line comments count.
 */
public final class SuppressionComments {
    private SuppressionComments() {
    }

    /** The suppression comments of a file that has not been read as YAML yet (it is read here). */
    public static List<Suppression> read(SourceFile file) {
        if (!SuppressionDirective.mayAppearIn(file.text())) {
            return List.of(); // nearly every file: no need to parse it
        }
        return read(file, YamlReader.readWithScalars(file, new Problems(), Limits.DEFAULT).scalars());
    }

    /** The suppression comments of a file, with where its scalars are from the parse that read it. */
    public static List<Suppression> read(SourceFile file, ScalarExtents scalars) {
        List<Suppression> found = new ArrayList<>();
        for (int line = 1; line <= file.lineCount(); line++) {
            String text = file.line(line);
            int hash = commentStart(text, line - 1, scalars);
            if (hash < 0) {
                continue;
            }
            int base = file.lineStart(line);
            Span comment = new Span(base + hash, base + text.length());
            Optional<SuppressionDirective> directive = SuppressionDirective.parse(text, hash, text.length(), false);
            if (directive.isEmpty()) {
                continue;
            }
            if (directive.get() instanceof SuppressionDirective.Misspelt m) {
                found.add(Suppression.mistake(file, new Span(base + m.start(), base + m.end()), Suppression.Tool.STACKLINT,
                        m.message()));
                continue;
            }
            SuppressionDirective.Read read = (SuppressionDirective.Read) directive.get();
            boolean wholeFile = read.reach() == SuppressionDirective.Reach.FILE;
            boolean ownLine = read.reach() == SuppressionDirective.Reach.LINE && !text.substring(0, hash).isBlank();
            Span target = wholeFile ? new Span(0, file.text().length())
                    : lineSpan(file, ownLine ? line : nextContentLine(file, line));
            List<Suppression.Code> codes = codes(text, read.codesFrom(), base);
            if (codes.isEmpty() && read.dclint()) {
                // a bare dclint comment silences every rule dclint has, and only those
                List<Suppression.Code> all = DclintConfig.dclintRules().stream()
                        .map(r -> new Suppression.Code("dclint", comment, Optional.of(r))).toList();
                found.add(new Suppression(file, comment, target, wholeFile, all, false, false, Suppression.Tool.DCLINT));
            } else {
                found.add(new Suppression(file, comment, target, wholeFile, codes, true, true,
                        read.dclint() ? Suppression.Tool.DCLINT : Suppression.Tool.STACKLINT));
            }
        }
        return found;
    }

    private static List<Suppression.Code> codes(String text, int from, int base) {
        List<Suppression.Code> codes = new ArrayList<>();
        for (int[] c : SuppressionDirective.codes(text, from, text.length())) {
            codes.addAll(Suppression.Code.all(text.substring(c[0], c[1]), new Span(base + c[0], base + c[1])));
        }
        return codes;
    }

    /** The index of the {@code #} that starts a comment on this line, or -1. */
    private static int commentStart(String text, int line0, ScalarExtents scalars) {
        boolean wholeLine = text.stripLeading().startsWith("#");
        if (line0 >= scalars.parsedUpTo()) {
            return wholeLine ? text.indexOf('#') : -1;
        }
        int counted = 0;
        int column = 0; // code points before `counted`, counted once along the line
        for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
            boolean afterBlank = i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t';
            column += text.codePointCount(counted, i);
            counted = i;
            if (afterBlank && !scalars.contains(line0, column)) {
                return i;
            }
        }
        return -1;
    }

    /** A whole line, its line break included. */
    private static Span lineSpan(SourceFile file, int line) {
        int start = file.lineStart(line);
        int end = line < file.lineCount() ? file.lineStart(line + 1) : file.text().length();
        return new Span(start, Math.max(start, end));
    }

    /** The first line after {@code line} that is neither blank nor only a comment (or the line after, at the end). */
    private static int nextContentLine(SourceFile file, int line) {
        for (int l = line + 1; l <= file.lineCount(); l++) {
            String t = file.line(l).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return l;
            }
        }
        return line + 1;
    }
}
