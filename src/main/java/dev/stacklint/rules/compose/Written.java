package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Compose files as written, for the style rules: layout is a property of each file's text, not of the merged
 * project. Keys that a merge key ({@code <<: *base}) brings in, and a service given as an alias
 * ({@code web: *base}), were written elsewhere and are not this mapping's layout.
 */
final class Written {
    private Written() {
    }

    /** A service as written in one file: its key and its own mapping. */
    record WrittenService(YamlEntry entry, YamlMapping mapping) {
        String name() {
            return entry.name();
        }
    }

    /** Every service mapping written under a top-level {@code services} of each file. */
    static List<WrittenService> services(ComposeProject project) {
        List<WrittenService> services = new ArrayList<>();
        for (ComposeProject.Document doc : project.documents()) {
            doc.root().mapping("services").ifPresent(m -> own(m).forEach(e -> {
                if (e.value() instanceof YamlMapping s && writtenAfter(e.key(), s)) {
                    services.add(new WrittenService(e, s));
                }
            }));
        }
        return services;
    }

    /** The entries written inside {@code mapping} itself, in the order of the text. */
    static List<YamlEntry> own(YamlMapping mapping) {
        Origin at = mapping.origin();
        return mapping.entries().stream().filter(e -> inside(e.key().origin(), at))
                .sorted(Comparator.comparingInt(e -> e.key().origin().span().start())).toList();
    }

    /** The items written inside {@code sequence} itself. */
    static List<YamlNode> own(YamlSequence sequence) {
        return sequence.items().stream().filter(i -> inside(i.origin(), sequence.origin())).toList();
    }

    /** True when the value was written after its key (not an alias of an anchor above). */
    static boolean writtenAfter(YamlScalar key, YamlNode value) {
        return value.origin().file() == key.origin().file()
                && value.origin().span().start() >= key.origin().span().end();
    }

    /** True when {@code scalar} stands in the file in quotes (its text starts with {@code "} or {@code '}). */
    static boolean quoted(YamlScalar scalar) {
        String text = scalar.origin().file().slice(scalar.origin().span());
        return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\'');
    }

    /** The quote character a scalar is written in, or 0 when it is plain. */
    static char quote(YamlScalar scalar) {
        return quoted(scalar) ? scalar.origin().file().slice(scalar.origin().span()).charAt(0) : 0;
    }

    /** True when the sequence is written in flow style ({@code [a, b]}). */
    static boolean flow(YamlSequence sequence) {
        String text = sequence.origin().file().slice(sequence.origin().span());
        return text.startsWith("[");
    }

    private static boolean inside(Origin inner, Origin outer) {
        Span i = inner.span();
        Span o = outer.span();
        return inner.file() == outer.file() && i.start() >= o.start() && i.end() <= o.end();
    }

    /** Case-insensitive order, ties broken by the exact text, so the order is total. */
    static final Comparator<String> ALPHABETICAL = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Alphabetical with runs of digits compared as numbers ({@code 80} before {@code 443} before {@code 8080}). */
    static final Comparator<String> NATURAL = Written::natural;

    private static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String da = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String db = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
