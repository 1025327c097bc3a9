package dev.stacklint.cli;

/** The exit codes stacklint promises. */
public final class ExitCodes {
    /** No finding at or above the failure threshold. */
    public static final int CLEAN = 0;
    /** At least one finding at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** A usage or configuration error. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
