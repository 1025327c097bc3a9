package dev.stacklint.project.command;

import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.ArrayList;
import java.util.List;

/** Test commands written as a Dockerfile would write them, with real spans. */
final class Words {
    private Words() {
    }

    /** {@code CMD ["a", "b"]}: each word located at its quoted text. */
    static List<Arg> exec(String... words) {
        StringBuilder sb = new StringBuilder("CMD [");
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            int start = sb.length();
            sb.append('"').append(words[i].replace("\"", "\\\"")).append('"');
            spans.add(new int[]{start, sb.length()});
        }
        sb.append("]");
        SourceFile f = SourceFile.of("Dockerfile", sb.toString());
        List<Arg> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            out.add(Arg.of(words[i], new Origin(f, new Span(spans.get(i)[0], spans.get(i)[1]))));
        }
        return out;
    }

    /** {@code CMD text}: the shell form. */
    static Arg shell(String text) {
        SourceFile f = SourceFile.of("Dockerfile", "CMD " + text);
        return Arg.of(text, new Origin(f, new Span(4, 4 + text.length())));
    }

    static String text(Origin o) {
        return o.file().slice(o.span());
    }
}
