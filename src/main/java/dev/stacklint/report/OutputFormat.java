package dev.stacklint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats {@code --format} selects. */
public enum OutputFormat {
    TEXT,
    JSON,
    SARIF,
    CHECKSTYLE,
    GITHUB,
    GITLAB,
    GNU,
    COMPACT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param terminal for {@code text}: colours and code frames */
    public Formatter formatter(boolean terminal) {
        return switch (this) {
            case TEXT -> new TextFormatter(terminal);
            case JSON -> new JsonFormatter();
            case SARIF -> new SarifFormatter();
            case CHECKSTYLE -> new CheckstyleFormatter();
            case GITHUB -> new GithubFormatter();
            case GITLAB -> new GitlabFormatter();
            case GNU -> new GnuFormatter();
            case COMPACT -> new CompactFormatter();
        };
    }

    public static Optional<OutputFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(text.trim())).findFirst();
    }

    /** {@code text, json, ...} for messages and help. */
    public static String labels() {
        return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
    }
}
