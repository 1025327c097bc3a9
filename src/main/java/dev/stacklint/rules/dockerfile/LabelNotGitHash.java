package dev.stacklint.rules.dockerfile;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.util.regex.Pattern;

/**
 * DL3055: a label the schema types {@code hash} does not hold a git commit id: 7 to 40 hex digits (an abbreviated or
 * full SHA-1 id), or 64 (a SHA-256 repository's).
 */
public final class LabelNotGitHash extends LabelValueRule {
    static final RuleMeta META = new RuleMeta("DL3055", "label-not-git-hash", Severity.WARNING,
            "A label the label schema types hash does not hold a git commit id.").in(Category.STYLE);
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}|[0-9a-fA-F]{64}");

    public LabelNotGitHash() {
        super(LabelSchema.Type.HASH);
    }

    @Override
    boolean valid(String value) {
        return COMMIT.matcher(value).matches();
    }

    @Override
    String expected() {
        return "a git commit id (7 to 40 hex digits, e.g. 2dbfae9)";
    }
}
