package dev.stacklint.engine;

import dev.stacklint.dockerfile.DockerfileParser;
import dev.stacklint.project.Discovery;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.Target;
import dev.stacklint.source.FileKind;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.FixRegions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How {@code --fix} checks a file it changes: a file that does not parse is never fixed, edits keep off what the
 * text shares or computes (YAML anchors and aliases, {@code ${…}} interpolation), and the fixed text must parse again.
 */
enum FixSyntax {
    YAML, DOCKERFILE, PLAIN;

    /**
     * By the file's name, else by the rules that reported in it (a Dockerfile rule may report in a Compose file, at
     * the build argument it resolved, so the name comes first).
     */
    static FixSyntax of(Path path, Collection<Finding> findings) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Discovery.isYaml(name)) {
            return YAML;
        }
        if (Discovery.kindOf(name) == FileKind.DOCKERFILE) {
            return DOCKERFILE;
        }
        if (findings.stream().anyMatch(f -> f.rule().target() == Target.COMPOSE)) {
            return YAML;
        }
        return findings.stream().anyMatch(f -> f.rule().target() == Target.DOCKERFILE) ? DOCKERFILE : PLAIN;
    }

    /** What edits must not touch; empty when the file cannot be fixed at all (it does not parse). */
    Optional<List<Span>> protectedSpans(SourceFile file) {
        if (file.readProblem().isPresent()) {
            return Optional.empty();
        }
        return switch (this) {
            case YAML -> FixRegions.of(file);
            case DOCKERFILE -> DockerfileParser.parse(file).errors().isEmpty()
                    ? Optional.of(variableReferences(file.text())) : Optional.empty();
            case PLAIN -> Optional.of(List.of());
        };
    }

    boolean parses(SourceFile file) {
        return protectedSpans(file).isPresent();
    }

    /** {@code $NAME} and {@code ${…}} (to its matching brace) in a Dockerfile's text. */
    private static List<Span> variableReferences(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('$', i)) >= 0) {
            int end = i + 1;
            if (end < text.length() && text.charAt(end) == '{') {
                int depth = 0;
                while (end < text.length()) {
                    char c = text.charAt(end++);
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
            } else {
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
            }
            spans.add(new Span(i, end));
            i = end;
        }
        return spans;
    }
}
