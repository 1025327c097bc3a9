package dev.stacklint.rules.data;

import dev.stacklint.rule.Rule;

/** A rule that reads data tables: the engine gives it the tables as configuration extends them. */
public interface TableRule {
    /** The same rule reading {@code tables}. */
    Rule withTables(Tables tables);
}
