package dev.stacklint.cli;

/** A mistake in how stacklint was called or configured: its message is shown as is, and the exit code is 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
