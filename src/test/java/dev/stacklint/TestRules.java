package dev.stacklint;

import dev.stacklint.engine.Linter;
import dev.stacklint.rule.BuiltinRules;
import dev.stacklint.rule.Rule;
import dev.stacklint.rules.data.DeprecatedImages;
import dev.stacklint.rules.dockerfile.DeprecatedImage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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

    /** A linter with {@link #all()}. */
    public static Linter linter() {
        return new Linter(all());
    }
}
