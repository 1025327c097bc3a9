package dev.stacklint;

import dev.stacklint.config.CommandLineSettings;
import dev.stacklint.config.ConfigResolver;
import dev.stacklint.config.RuleSelector;
import dev.stacklint.config.Selection;
import dev.stacklint.engine.Linter;
import dev.stacklint.rules.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rules.data.DeprecatedImages;
import dev.stacklint.rules.dockerfile.DeprecatedImage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in rules as tests run them: on a fixed date, so that an end-of-life date in a data table does not
 * flip fixtures, goldens or the real-world list on the day it passes. Tests never read the wall clock.
 */
public final class TestRules {
    /** The day the pinned expectations were last reviewed against the data tables. */
    public static final Clock REVIEWED_ON = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

    private TestRules() {
    }

    /** {@link BuiltinRules#all()} with every clock-reading rule on {@link #REVIEWED_ON}. */
    public static List<Rule> all() {
        return BuiltinRules.all().stream()
                .map(r -> r instanceof DeprecatedImage ? new DeprecatedImage(DeprecatedImages.builtin(), REVIEWED_ON) : r)
                .toList();
    }

    /**
     * Configuration that discovers files under {@code dir} and selects the rule {@code code} as
     * {@code --extend-select} would, so that a rule off by default (the hardening set) runs in its own tests.
     */
    public static ConfigResolver selecting(String code, Path dir) {
        Selection selection = new Selection(Optional.empty(), List.of(new RuleSelector(code)));
        return new ConfigResolver(dir, new CommandLineSettings(Optional.empty(), Map.of(), Optional.empty(),
                Optional.empty(), selection));
    }

    /** A linter with {@link #all()}. */
    public static Linter linter() {
        return new Linter(all());
    }
}
