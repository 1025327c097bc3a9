package dev.stacklint.project;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Template sources by their path: a Dockerfile or Compose file name with a template extension
 * ({@code Dockerfile.j2}, {@code docker-compose.yml.tpl}), or a path holding a template expression, as
 * cookiecutter and copier projects name their folders ({@code {{cookiecutter.project_slug}}/Dockerfile}).
 * Tags inside a file are {@link TemplateTags}' business.
 */
public final class TemplateSource {
    /** Extensions template engines give the files they render, with the engine's name. */
    private static final Set<String> EXTENSIONS = Set.of("j2", "jinja", "jinja2", "tpl", "tmpl", "template",
            "gotmpl", "tftpl", "erb", "mustache", "hbs", "in");

    private TemplateSource() {
    }

    /** The extension after the last dot of a (lower-case) file name, or "" when there is none. */
    static String extension(String lowerName) {
        int dot = lowerName.lastIndexOf('.');
        return dot < 0 ? "" : lowerName.substring(dot + 1);
    }

    /** True when the (lower-case) name ends with a template extension. */
    static boolean hasTemplateExtension(String lowerName) {
        return EXTENSIONS.contains(extension(lowerName));
    }

    /** The name without its template extension ({@code dockerfile.j2} → {@code dockerfile}). */
    static String rendered(String lowerName) {
        return lowerName.substring(0, lowerName.lastIndexOf('.'));
    }

    /** Why the path is a template source, when it is one: its extension or a template expression in it. */
    public static Optional<String> why(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        if (hasTemplateExtension(n.toLowerCase(Locale.ROOT))) {
            return Optional.of("the ." + extension(n.toLowerCase(Locale.ROOT)) + " extension marks a template source");
        }
        return expression(file.toString()).map(e -> "the path holds the template expression `" + e
                + "`, as a cookiecutter or copier project template does");
    }

    /** The first {@code {{...}}} or {@code {%...%}} in a path. */
    private static Optional<String> expression(String path) {
        for (String[] tag : new String[][] {{"{{", "}}"}, {"{%", "%}"}}) {
            int start = path.indexOf(tag[0]);
            if (start >= 0) {
                int end = path.indexOf(tag[1], start + 2);
                return Optional.of(end < 0 ? path.substring(start) : path.substring(start, end + 2));
            }
        }
        return Optional.empty();
    }
}
