package dev.stacklint.rule;

import dev.stacklint.rules.data.Tables;
import dev.stacklint.source.FileProbe;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the engine hands every rule beside the model it checks: the data tables and rule options as configuration
 * sets them, the clock (the system's in the CLI, a fixed one in tests), and the file system as the engine sees it.
 * A rule keeps no state of its own from one run to the next; whatever depends on the run comes from here.
 *
 * @param tables the data tables (databases, deprecated images...) and the configured rule options (trusted
 *               registries, floating tags, style options, label schema)
 * @param clock  what "today" is, for end-of-life dates
 * @param files  the file system, for the few rules that ask whether a file is there
 */
public record RuleContext(Tables tables, Clock clock, FileProbe files) {
    /** The built-in tables, {@code clock}, and the disk. */
    public static RuleContext of(Clock clock) {
        return new RuleContext(Tables.builtin(), clock, FileProbe.DISK);
    }

    /** Today's date by {@link #clock}. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
