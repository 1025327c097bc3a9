package dev.stacklint.dockerfile;

import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A variable that Docker's word expansion looks up ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}}...),
 * read from the text as written so that single-quoted and escaped {@code $} stay literal, as they do for Docker.
 * References inside a modifier's word ({@code ${A:-$B}}) are found too: Docker looks them up as well.
 *
 * @param name     the variable's name
 * @param span     from the {@code $} to the end of the name (the closing brace included for {@code ${NAME}})
 * @param modifier the reference has a modifier ({@code :-}, {@code +}, {@code ?}, {@code %}...), so an unset name
 *                 does not simply expand to the empty string
 */
public record VariableReference(String name, Span span, boolean modifier) {

    /** The references in {@code span} of the file's text, from {@code from} on (the part after a flag's {@code =}). */
    public static List<VariableReference> in(Dockerfile dockerfile, Span span, int from) {
        String text = dockerfile.source().text();
        char escape = dockerfile.escape();
        List<VariableReference> refs = new ArrayList<>();
        boolean single = false;
        boolean dbl = false;
        int end = Math.min(span.end(), text.length());
        for (int i = Math.max(span.start(), from); i < end; i++) {
            char c = text.charAt(i);
            if (single) {
                single = c != '\'';
            } else if (c == escape) {
                i++;
            } else if (c == '\'' && !dbl) {
                single = true;
            } else if (c == '"') {
                dbl = !dbl;
            } else if (c == '$' && i + 1 < end) {
                boolean braced = text.charAt(i + 1) == '{';
                int start = braced ? i + 2 : i + 1;
                if (start >= end || !Chars.isNameStart(text.charAt(start))) {
                    continue;
                }
                int stop = start;
                while (stop < end && Chars.isNameChar(text.charAt(stop))) {
                    stop++;
                }
                boolean modifier = braced && (stop >= end || text.charAt(stop) != '}');
                int close = braced && !modifier ? stop + 1 : stop;
                refs.add(new VariableReference(text.substring(start, stop), new Span(i, close), modifier));
                i = stop - 1; // a modifier's word is scanned on, for the references it holds
            }
        }
        return refs;
    }

    /** The references in a word. */
    public static List<VariableReference> in(Dockerfile dockerfile, Word word) {
        return in(dockerfile, word.span(), word.span().start());
    }
}
