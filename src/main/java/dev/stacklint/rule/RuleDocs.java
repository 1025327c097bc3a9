package dev.stacklint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The rule docs ({@code rules/<CODE>.md}), shipped in the jar under {@code stacklint/rules/}. */
public final class RuleDocs {
    private RuleDocs() {
    }

    /** The doc's Markdown, when the rule has one. */
    public static Optional<String> markdown(RuleMeta rule) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/stacklint/rules/" + rule.code() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The doc's first paragraph of prose (what the rule finds), joined into one line: the paragraph after
     * the title and the {@code Default severity} line.
     */
    public static Optional<String> description(String markdown) {
        for (String paragraph : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (!p.isEmpty() && !p.startsWith("#") && !p.startsWith("Default severity:") && !p.startsWith("```")) {
                return Optional.of(p.replaceAll("\\s*\n\\s*", " "));
            }
        }
        return Optional.empty();
    }
}
