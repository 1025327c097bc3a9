package dev.stacklint.report;

import java.io.PrintStream;

/** Writes a report in one output format. */
public interface Formatter {
    void write(Report report, PrintStream out);
}
