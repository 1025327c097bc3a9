package dev.stacklint.project;

import dev.stacklint.source.FileKind;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Template sources by their path: a Dockerfile or Compose file name with a template extension
 * ({@code Dockerfile.j2}, {@code docker-compose.yml.tpl}), or a path holding a template expression, as
 * cookiecutter and copier projects name their folders ({@code {{cookiecutter.project_slug}}/Dockerfile}), or a
 * platform's service template (a YAML file of another name in a {@code templates/} folder).
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
                + "`, as a cookiecutter or copier project template does")
                .or(() -> serviceTemplate(file, n.toLowerCase(Locale.ROOT)) ? Optional.of("a YAML file of a name"
                        + " Compose does not read, in a `templates/` folder, is a template that another tool deploys"
                        + " (a platform's service templates, which it completes: volumes, variables)") : Optional.empty());
    }

    /**
     * A YAML file not named as a Compose file, in a {@code templates/} folder: a self-hosting platform's service
     * template (coolify's {@code templates/compose/activepieces.yaml}), written in Compose's shape but completed by
     * the platform (it declares the volumes, fills {@code SERVICE_PASSWORD_*}, reads its own keys) before Compose
     * sees it. A file named {@code docker-compose.yml} there is still a Compose file.
     */
    private static boolean serviceTemplate(Path file, String lowerName) {
        if (!Discovery.isYaml(lowerName) || Discovery.kindOf(lowerName) == FileKind.COMPOSE) {
            return false;
        }
        for (Path dir = file.getParent(); dir != null && dir.getFileName() != null; dir = dir.getParent()) {
            String d = dir.getFileName().toString().toLowerCase(Locale.ROOT);
            if (d.equals("templates") || d.equals("template")) {
                return true;
            }
        }
        return false;
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
