package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.net.URI;
import java.net.URISyntaxException;

/** DL3052: a label the schema types {@code url} does not hold an absolute URL ({@code scheme:...}). */
public final class LabelNotUrl extends LabelValueRule {
    static final RuleMeta META = new RuleMeta("DL3052", "label-not-url", Severity.WARNING,
            "A label the label schema types url does not hold a URL.").in(Category.STYLE);

    public LabelNotUrl() {
        super(LabelSchema.Type.URL);
    }

    @Override
    boolean valid(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && !uri.getRawSchemeSpecificPart().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    String expected() {
        return "an absolute URL such as https://example.com/project";
    }
}
