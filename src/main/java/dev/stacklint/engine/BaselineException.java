package dev.stacklint.engine;

/** A baseline file that cannot be read or is not one: a usage error (exit 2). */
public final class BaselineException extends RuntimeException {
    public BaselineException(String message) {
        super(message);
    }
}
