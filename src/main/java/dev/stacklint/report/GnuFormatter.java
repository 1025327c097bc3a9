package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;

import java.io.PrintStream;

/** The GNU error format Emacs and other editors parse: {@code file:line.col-endline.endcol: severity: message}. */
public final class GnuFormatter implements Formatter {
    @Override
    public void write(Report report, PrintStream out) {
        for (Finding f : report.findings()) {
            Position s = f.start();
            Position e = f.end();
            out.println(f.file().displayPath() + ":" + s.line() + "." + s.column() + "-" + e.line() + "." + e.column()
                    + ": " + f.severity().label() + ": " + SafeText.oneLine(f.message())
                    + " [" + f.rule().code() + " " + f.rule().name() + "]");
        }
    }
}
