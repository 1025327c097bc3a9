package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DL3053: a label the schema types {@code rfc3339} does not hold an RFC 3339 timestamp: a full date, time and
 * offset, such as {@code 2024-05-01T12:30:00Z} (a space or lower-case {@code t}/{@code z} allowed, as the RFC does).
 */
public final class LabelNotRfc3339 extends LabelValueRule {
    static final RuleMeta META = new RuleMeta("DL3053", "label-not-rfc3339", Severity.WARNING,
            "A label the label schema types rfc3339 does not hold an RFC 3339 timestamp.").in(Category.STYLE);
    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    public LabelNotRfc3339() {
        super(LabelSchema.Type.RFC3339);
    }

    @Override
    boolean valid(String value) {
        if (!SHAPE.matcher(value).matches()) {
            return false;
        }
        try {
            // the shape is right; the calendar decides whether month 13 or hour 25 exist
            OffsetDateTime.parse(value.substring(0, 10) + "T" + value.substring(11).toUpperCase(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    String expected() {
        return "an RFC 3339 timestamp such as 2024-05-01T12:30:00Z";
    }
}
