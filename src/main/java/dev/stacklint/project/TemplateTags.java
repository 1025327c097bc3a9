package dev.stacklint.project;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first template tag in a file's text: a Jinja statement ({@code {% if ... %}}), an ERB tag
 * ({@code <%= ... %>}), a Helm or Go template action ({@code {{ .Values.image }}}, {@code {{- if ... }}}) or
 * a Jinja, cookiecutter or Mustache expression ({@code {{ cookiecutter.project_slug }}}). The Go templates
 * Docker itself fills in at run time are not template tags: {@code {{.Node.Hostname}}} in a Swarm service,
 * {@code tag: "{{.Name}}"} in logging options, {@code docker inspect --format '{{json .State}}'}. Tags are
 * looked for within one line; the scan is linear in the size of the text.
 */
public final class TemplateTags {
    /** Go template actions that only a template engine runs, and Helm's own functions. */
    private static final Set<String> CONTROL = Set.of("if", "else", "range", "with", "end", "define", "template",
            "block", "include", "toYaml", "tpl", "required", "default", "quote");
    /** Go template functions Docker's own {@code --format} and service templates use. */
    private static final Set<String> DOCKER_FUNCTIONS = Set.of("json", "index", "join", "upper", "lower", "title",
            "split", "truncate", "pad", "println", "printf", "print", "len", "slice", "table");
    private static final Pattern HELM_OBJECT = Pattern.compile("\\.(Values|Release|Chart|Files|Capabilities|Template)\\b.*",
            Pattern.DOTALL);
    private static final Pattern FIRST_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private TemplateTags() {
    }

    /** A tag: where it starts and ends in the text, and which template language it belongs to. */
    public record Tag(int start, int end, String language) {
    }

    public static Optional<Tag> first(String text) {
        int lineEnd = -1;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (i > lineEnd) {
                lineEnd = lineEnd(text, i);
            }
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            Optional<Tag> tag = Optional.empty();
            int close = -1;
            if (c == '{' && d == '%') {
                close = closing(text, "%}", i + 2, lineEnd);
                tag = close < 0 ? Optional.empty() : jinjaStatement(text, i, close);
            } else if (c == '<' && d == '%') {
                close = closing(text, "%>", i + 2, lineEnd);
                tag = close < 0 ? Optional.empty() : Optional.of(new Tag(i, close + 2, "ERB"));
            } else if (c == '{' && d == '{') {
                close = closing(text, "}}", i + 2, lineEnd);
                tag = close < 0 ? Optional.empty() : expression(text, i, close);
            } else {
                continue;
            }
            if (tag.isPresent()) {
                return tag;
            }
            // no tag here: a closing mark missing from this line closes nothing later on it either
            i = close < 0 ? lineEnd : close + 1;
        }
        return Optional.empty();
    }

    /** Where {@code mark} starts in {@code [from, lineEnd)}, or -1: the search never leaves the line. */
    private static int closing(String text, String mark, int from, int lineEnd) {
        for (int j = from; j + 1 < lineEnd; j++) {
            if (text.charAt(j) == mark.charAt(0) && text.charAt(j + 1) == mark.charAt(1)) {
                return j;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** {@code {% name ... %}}: a space (or a whitespace-control mark) after {@code {%}, as Jinja writes them. */
    private static Optional<Tag> jinjaStatement(String text, int start, int close) {
        int p = start + 2;
        if (p < close && (text.charAt(p) == '-' || text.charAt(p) == '+')) {
            p++;
        }
        return p < close && Character.isWhitespace(text.charAt(p))
                ? Optional.of(new Tag(start, close + 2, "Jinja")) : Optional.empty();
    }

    private static Optional<Tag> expression(String text, int start, int close) {
        String inner = text.substring(start + 2, close);
        String body = inner.replaceFirst("^[-~]", "").strip();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Tag tag = new Tag(start, close + 2, "Go/Helm");
        if (HELM_OBJECT.matcher(body).matches()) {
            return Optional.of(tag);
        }
        char first = body.charAt(0);
        if (first == '.' || first == '$') {
            return Optional.empty(); // a Go template Docker renders ({{.Name}}, {{$v := ...}})
        }
        Matcher word = FIRST_WORD.matcher(body);
        if (!word.lookingAt()) {
            return first == '"' || first == '\'' ? Optional.of(new Tag(start, close + 2, "Jinja")) : Optional.empty();
        }
        if (CONTROL.contains(word.group())) {
            return Optional.of(tag);
        }
        if (DOCKER_FUNCTIONS.contains(word.group())) {
            return Optional.empty();
        }
        return Optional.of(new Tag(start, close + 2, "Jinja"));
    }
}
