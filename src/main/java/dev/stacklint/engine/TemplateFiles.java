package dev.stacklint.engine;

import dev.stacklint.project.TemplateSource;
import dev.stacklint.project.TemplateTags;
import dev.stacklint.rule.Finding;
import dev.stacklint.rule.ParseRules;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Template sources are reported once (SL008) instead of being parsed: a Jinja, Helm or ERB source read as if it
 * were rendered gives nothing but syntax errors. The path says so first (extension, cookiecutter folder), else
 * the first template tag in the text, where the finding points.
 */
final class TemplateFiles {
    private static final int SHOWN = 40;
    private static final String NOT_LINTED = ": stacklint does not lint a template as if it were rendered; lint the "
            + "rendered file instead";

    private TemplateFiles() {
    }

    /** True when {@code source} is a template source; its SL008 finding goes to {@code sink} when enabled. */
    static boolean skip(SourceFile source, Predicate<RuleMeta> enabled, Consumer<Finding> sink) {
        Reporter reporter = new Reporter(ParseRules.TEMPLATE_SOURCE.meta(), source, sink);
        boolean report = enabled.test(reporter.rule());
        var byPath = TemplateSource.why(source.path());
        if (byPath.isPresent()) {
            if (report) {
                reporter.report(Span.at(0), byPath.get() + NOT_LINTED);
            }
            return true;
        }
        var tag = TemplateTags.first(source.text());
        if (tag.isPresent() && report) {
            Span span = new Span(tag.get().start(), tag.get().end());
            String text = source.slice(span);
            reporter.report(span, "`" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "` is a "
                    + "template tag (" + tag.get().language() + ")" + NOT_LINTED);
        }
        return tag.isPresent();
    }
}
