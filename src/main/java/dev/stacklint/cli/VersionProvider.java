package dev.stacklint.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version from the jar's manifest ({@code dev} when run from classes), and the commit it was built from. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The commit recorded at build time ({@code stacklint/build.properties}); {@code unknown} without one. */
    public static String commit() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/stacklint/build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String commit = p.getProperty("commit", "").strip();
            return commit.isEmpty() ? "unknown" : commit;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"stacklint " + version() + " (commit " + commit() + ")"};
    }
}
