package dev.stacklint;

import dev.stacklint.config.CommandLineSettings;
import dev.stacklint.config.ConfigResolver;
import dev.stacklint.config.RuleSelector;
import dev.stacklint.config.Selection;
import dev.stacklint.engine.Linter;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules as tests run them: on a fixed date, so that an end-of-life date in a data table does not flip fixtures,
 * goldens or the real-world list on the day it passes. Tests never read the wall clock.
 */
public final class TestRules {
    /** The day the pinned expectations were last reviewed against the data tables. */
    public static final Clock REVIEWED_ON = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

    private TestRules() {
    }

    /** What a rule checked on its own is handed: the built-in tables, {@link #REVIEWED_ON}, the disk. */
    public static final RuleContext CONTEXT = RuleContext.of(REVIEWED_ON);

    /**
     * Configuration that discovers files under {@code dir} and selects the rule {@code code} as
     * {@code --extend-select} would, so that a rule off by default (the hardening set) runs in its own tests.
     */
    public static ConfigResolver selecting(String code, Path dir) {
        Selection selection = new Selection(Optional.empty(), List.of(new RuleSelector(code)));
        return new ConfigResolver(dir, new CommandLineSettings(Optional.empty(), Map.of(), Optional.empty(),
                Optional.empty(), selection));
    }

    /** A linter with the built-in rules on {@link #REVIEWED_ON}. */
    public static Linter linter() {
        return new Linter(REVIEWED_ON);
    }

    /** A linter with {@code rules} on {@link #REVIEWED_ON}. */
    public static Linter linter(List<Rule> rules) {
        return new Linter(rules, REVIEWED_ON);
    }
}
