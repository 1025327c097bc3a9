package dev.stacklint.project;

import dev.stacklint.source.SourceFile;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The credentials a package manager's configuration file holds: {@code .npmrc} ({@code _authToken}, {@code _auth},
 * {@code _password}, bare or scoped to a registry as {@code //host/:_authToken}) and {@code .pypirc}
 * ({@code password} in any section). Only a literal value counts: an empty one, one npm expands from the
 * environment ({@code ${NPM_TOKEN}}), any other {@code $} reference (a template filled in later) and a
 * {@code <placeholder>} do not.
 */
public final class RegistryCredentials {
    private static final Set<String> NPM_KEYS = Set.of("_authtoken", "_auth", "_password");
    private static final Set<String> PYPI_KEYS = Set.of("password");

    private RegistryCredentials() {
    }

    /**
     * The key of the first literal credential in {@code file}, read as the configuration its name says
     * ({@code .npmrc} or {@code .pypirc}); empty when it holds none, or is neither.
     */
    public static Optional<String> literal(SourceFile file) {
        String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        Set<String> keys = name.equals(".npmrc") ? NPM_KEYS : name.equals(".pypirc") ? PYPI_KEYS : Set.of();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        for (String line : file.text().split("\r?\n")) {
            String trimmed = line.strip();
            int eq = keys == PYPI_KEYS ? separator(trimmed) : trimmed.indexOf('=');
            if (trimmed.startsWith("#") || trimmed.startsWith(";") || eq <= 0) {
                continue;
            }
            String key = trimmed.substring(0, eq).strip();
            // npm scopes a credential to a registry: //registry.example.com/:_authToken
            String bare = key.startsWith("//") ? key.substring(key.lastIndexOf(':') + 1) : key;
            if (keys.contains(bare.toLowerCase(Locale.ROOT)) && literal(trimmed.substring(eq + 1))) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** ConfigParser (which twine reads .pypirc with) takes {@code =} or {@code :}, whichever comes first. */
    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        return eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    }

    private static boolean literal(String rawValue) {
        String value = rawValue.strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return !value.isEmpty() && !value.contains("$") && !(value.startsWith("<") && value.endsWith(">"));
    }
}
