package dev.stacklint.rules.stack;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Dependency;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SL203's fix, {@code condition: service_healthy} for a dependency that has a healthcheck: the condition written
 * over {@code service_started} in the long form, or a block list of names rewritten to the long form (the other
 * entries keep {@code service_started}, so they mean what they meant), at the list's indentation.
 */
final class HealthyCondition {
    private static final String DESCRIPTION = "wait until the dependency is healthy (`condition: service_healthy`)";
    /** A list item the rewrite can take: a plain service name alone on its line. */
    private static final Pattern ITEM = Pattern.compile("[ ]*- [ ]*[A-Za-z][A-Za-z0-9._-]*[ ]*\\r?\\n?");

    private HealthyCondition() {
    }

    static Optional<Fix> of(ComposeProject project, String service, Dependency d) {
        for (ComposeProject.Document doc : project.documents()) {
            if (!doc.file().path().equals(d.origin().file().path())) {
                continue;
            }
            Optional<YamlEntry> entry = doc.root().mapping("services").flatMap(s -> s.mapping(service))
                    .flatMap(s -> s.entry("depends_on"));
            Optional<YamlNode> dependsOn = entry.map(YamlEntry::value);
            if (dependsOn.isPresent() && dependsOn.get() instanceof YamlSequence list) {
                int keyColumn = doc.file().position(entry.get().key().origin().span().start()).column() - 1;
                return blockList(doc.file(), list, d, keyColumn);
            }
            if (dependsOn.isPresent() && dependsOn.get() instanceof YamlMapping map) {
                return map.entry(d.service().value()).filter(e -> e.value() instanceof YamlMapping)
                        .flatMap(e -> ((YamlMapping) e.value()).scalar("condition"))
                        .filter(c -> c.text().equals(Dependency.STARTED))
                        .map(c -> Fix.safe(DESCRIPTION, new Edit(c.origin().span(), Dependency.HEALTHY)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Fix> blockList(SourceFile file, YamlSequence list, Dependency d, int keyColumn) {
        if (list.items().isEmpty() || !list.items().stream().allMatch(i -> i instanceof YamlScalar)) {
            return Optional.empty();
        }
        int start = file.lineStart(file.position(list.items().get(0).origin().span().start()).line());
        int lastLine = file.position(list.items().get(list.items().size() - 1).origin().span().end()).line();
        int end = lastLine < file.lineCount() ? file.lineStart(lastLine + 1) : file.text().length();
        Span lines = new Span(start, end);
        String text = file.slice(lines);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        String[] written = text.split("(?<=\n)");
        if (written.length != list.items().size()) {
            return Optional.empty(); // comments or blank lines between the items: they would be lost
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < written.length; i++) {
            if (!ITEM.matcher(written[i]).matches()) {
                return Optional.empty();
            }
            int dash = written[i].indexOf('-');
            // the names where the dashes were, unless the dashes are level with `depends_on` (YAML allows that)
            String indent = " ".repeat(dash > keyColumn ? dash : keyColumn + 2);
            String step = " ".repeat(dash > keyColumn ? dash - keyColumn : 2); // the file's own indentation step
            String name = ((YamlScalar) list.items().get(i)).text();
            boolean healthy = name.equals(d.service().value());
            out.append(indent).append(name).append(':').append(eol)
                    .append(indent).append(step).append("condition: ")
                    .append(healthy ? Dependency.HEALTHY : Dependency.STARTED);
            if (i < written.length - 1 || written[i].endsWith("\n")) {
                out.append(eol);
            }
        }
        return Optional.of(Fix.safe(DESCRIPTION, new Edit(lines, out.toString())));
    }
}
