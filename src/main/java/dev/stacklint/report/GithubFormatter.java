package dev.stacklint.report;

import dev.stacklint.rule.Finding;
import dev.stacklint.source.Position;

import java.io.PrintStream;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice file=…,line=…::message} per finding,
 * which the runner turns into annotations on the pull request. Paths are relative to the repository root.
 */
public final class GithubFormatter implements Formatter {
    @Override
    public void write(Report report, PrintStream out) {
        for (Finding f : report.findings()) {
            Position s = f.start();
            Position e = f.end();
            out.println("::" + command(f) + " file=" + property(report.scanPath(f.file()))
                    + ",line=" + s.line() + ",col=" + s.column() + ",endLine=" + e.line() + ",endColumn=" + e.column()
                    + ",title=" + property(f.rule().code() + " " + f.rule().name()) + "::" + data(f.message()));
        }
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "notice";
        };
    }

    /** The message part: {@code %}, CR and LF are escaped (other control characters replaced). */
    static String data(String s) {
        return SafeText.replaceControls(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and also {@code :} and {@code ,}, which separate properties. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
