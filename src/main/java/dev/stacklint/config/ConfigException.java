package dev.stacklint.config;

import java.util.List;

/**
 * A configuration that cannot be used: each problem is one line {@code file:line:column: message}. The CLI
 * prints them and exits 2.
 */
public final class ConfigException extends RuntimeException {
    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
    }

    public ConfigException(String problem) {
        super(problem);
    }
}
