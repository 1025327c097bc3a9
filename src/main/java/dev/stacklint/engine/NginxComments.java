package dev.stacklint.engine;

import dev.stacklint.nginx.NginxParser;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in an nginx configuration file, written as in Compose files:
 * {@code # stacklint-disable-next-line CODE,...} silences the next line that holds a directive,
 * {@code # stacklint-disable CODE,...} the whole file; {@code -- why} after the codes is a reason.
 */
final class NginxComments {
    private static final Pattern DIRECTIVE =
            Pattern.compile("#\\s*stacklint-(disable-next-line|disable)(?=\\s|$)([^\\n]*?)(\\s--\\s.*)?");
    private static final Pattern CODE = Pattern.compile("[^,\\s]+");

    private NginxComments() {
    }

    static List<Suppression> read(SourceFile file) {
        if (!file.text().contains("stacklint-")) {
            return List.of();
        }
        List<Suppression> out = new ArrayList<>();
        for (Span comment : NginxParser.parse(file).comments()) {
            Matcher m = DIRECTIVE.matcher(file.text()).region(comment.start(), comment.end());
            if (!m.matches()) {
                continue;
            }
            boolean wholeFile = m.group(1).equals("disable");
            Span target = wholeFile ? new Span(0, file.text().length()) : nextDirectiveLine(file, comment.end());
            List<Suppression.Code> codes = new ArrayList<>();
            Matcher c = CODE.matcher(file.text()).region(m.start(2), m.end(2));
            while (c.find()) {
                codes.addAll(Suppression.Code.all(c.group(), new Span(c.start(), c.end())));
            }
            out.add(new Suppression(file, comment, target, wholeFile, codes, true, true, Suppression.Tool.STACKLINT));
        }
        return out;
    }

    /** The first line after the comment that is neither blank nor a comment, its line break included. */
    private static Span nextDirectiveLine(SourceFile file, int from) {
        int line = file.position(from).line();
        for (int l = line + 1; l <= file.lineCount(); l++) {
            String t = file.line(l).strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                int start = file.lineStart(l);
                int end = l < file.lineCount() ? file.lineStart(l + 1) : file.text().length();
                return new Span(start, Math.max(start, end));
            }
        }
        return Span.at(file.text().length());
    }
}
