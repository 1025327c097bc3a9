package dev.stacklint.project;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTagsTest {
    private static Optional<String> tag(String text) {
        return TemplateTags.first(text).map(t -> t.start() + "-" + t.end() + " " + t.language());
    }

    @Test
    void templateLanguagesAreRecognisedAtTheirFirstTag() {
        assertThat(tag("FROM python\n{% if x %}\nRUN a\n{% endif %}\n")).contains("12-22 Jinja");
        assertThat(tag("{%- for s in services -%}\n")).contains("0-25 Jinja");
        assertThat(tag("image: {{ cookiecutter.project_slug }}\n")).contains("7-38 Jinja");
        assertThat(tag("image: {{project_name|lower}}\n")).contains("7-29 Jinja");
        assertThat(tag("image: {{ .Values.image.repository }}:{{ .Values.image.tag }}\n")).contains("7-37 Go/Helm");
        assertThat(tag("{{- if .Values.redis.enabled }}\n")).contains("0-31 Go/Helm");
        assertThat(tag("{{ include \"app.labels\" . }}\n")).contains("0-28 Go/Helm");
        assertThat(tag("FROM ruby:<%= ruby_version %>\n")).contains("10-29 ERB");
    }

    @Test
    void goTemplatesDockerRendersAreNotTags() {
        assertThat(tag("hostname: \"{{.Node.Hostname}}-{{.Task.Slot}}\"\n")).isEmpty();
        assertThat(tag("tag: \"{{ .ImageName }}/{{.Name}}\"\n")).isEmpty();
        assertThat(tag("test: docker inspect --format '{{json .State.Health}}' db\n")).isEmpty();
        assertThat(tag("RUN printf '{{index .Config.Labels \"v\"}}' '{{$x := 1}}'\n")).isEmpty();
        assertThat(tag("RUN python -c \"print('{%s}' % 1)\"\n")).isEmpty();
        assertThat(tag("RUN echo '{\"a\": {\"b\": 1}}'\n")).isEmpty();
    }

    @Test
    void aTagMustCloseOnItsOwnLine() {
        assertThat(tag("RUN echo {{ name\n}}\n")).isEmpty();
        assertThat(tag("{% if\n%}\n")).isEmpty();
    }

    @Test
    void unclosedOpeningsAreScannedInLinearTime() {
        String text = "{{".repeat(2_000_000) + "\n" + "{% ".repeat(500_000) + "\n{{ x }}\n";
        assertThat(tag(text)).contains((text.length() - 8) + "-" + (text.length() - 1) + " Jinja");
        String lines = "RUN echo {{ open\n".repeat(300_000) + "{{ x }}";
        assertThat(tag(lines)).contains((lines.length() - 7) + "-" + lines.length() + " Jinja");
    }
}
