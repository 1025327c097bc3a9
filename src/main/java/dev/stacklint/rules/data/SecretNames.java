package dev.stacklint.rules.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which variable names hold secrets, and which values are literal secrets rather than references or switches. */
public final class SecretNames {
    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PWD", "PASS", "SECRET", "TOKEN",
            "APIKEY", "CREDENTIALS", "PASSPHRASE", "SALT");
    /** Words that, before {@code KEY}, make it a secret key ({@code API_KEY}, {@code SECRET_KEY}). */
    private static final Set<String> KEY_KINDS = Set.of("API", "SECRET", "PRIVATE", "ACCESS", "AUTH", "SIGNING",
            "ENCRYPTION", "MASTER", "CLIENT", "APP", "ENCRYPT", "LICENSE");
    /** A name ending in one of these holds something about a secret, not the secret. */
    private static final Set<String> NOT_SECRET_SUFFIXES = Set.of("FILE", "PATH", "DIR", "HOST", "PORT", "USER",
            "USERNAME", "NAME", "LENGTH", "MIN", "MAX", "TTL", "EXPIRY", "EXPIRE", "EXPIRES", "EXPIRATION",
            "TIMEOUT", "ALGORITHM", "ALG", "TYPE", "METHOD", "MODE", "ENABLED", "REQUIRED", "POLICY", "HEADER",
            "PREFIX", "ID", "URL", "URI", "ENDPOINT", "LIFETIME", "AGE", "ROUNDS", "COMPLEXITY", "DAYS", "HOURS",
            "MINUTES", "SECONDS", "COUNT", "RETRIES", "ATTEMPTS", "SIZE", "VERSION", "FORMAT", "ENCODING");
    /** Words that make the name a switch or a setting about passwords ({@code MYSQL_ALLOW_EMPTY_PASSWORD}). */
    private static final Set<String> SWITCH_WORDS = Set.of("ALLOW", "RANDOM", "EMPTY", "SKIP", "GENERATE",
            "DISABLE", "ENABLE", "USE", "REQUIRE", "RESET");
    private static final Set<String> SWITCH_VALUES = Set.of("true", "false", "yes", "no", "on", "off", "0", "1",
            "none", "null");
    private static final Pattern FALLBACK = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^}$]*)}");
    private static final Pattern URL_PASSWORD = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*://[^/\\s:@]*:([^/\\s@]+)@");

    private SecretNames() {
    }

    /** True when a variable of this name is meant to hold a secret. */
    public static boolean isSecretName(String name) {
        List<String> words = Arrays.asList(name.toUpperCase(Locale.ROOT).split("[_.\\-]+"));
        if (words.isEmpty() || NOT_SECRET_SUFFIXES.contains(words.get(words.size() - 1))
                || words.stream().anyMatch(SWITCH_WORDS::contains)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SECRET_WORDS.contains(w) || (w.equals("KEY") && i > 0 && KEY_KINDS.contains(words.get(i - 1)))
                    || w.contains("PASSWORD") || w.contains("PASSWD") || w.contains("SECRET")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a value, as written, is a literal secret: not empty, not a reference, not a switch or a short number
     * (a length or a count; eight digits and more are a PIN or a key).
     */
    public static boolean isLiteralSecret(String written, String value) {
        String v = value.strip();
        return !v.isEmpty() && !written.contains("$") && !SWITCH_VALUES.contains(v.toLowerCase(Locale.ROOT))
                && !v.startsWith("/run/secrets/") && !v.matches("\\d{1,7}");
    }

    /**
     * The variable of a lone {@code ${VAR:-default}} (or {@code ${VAR-default}}) whose default is a literal secret:
     * when the variable is unset, the committed default is the secret.
     */
    public static Optional<String> literalFallback(String written) {
        Matcher m = FALLBACK.matcher(written.strip().replaceAll("^([\"'])(.*)\\1$", "$2"));
        return m.matches() && isLiteralSecret(m.group(2), m.group(2)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True when the value is a URL with a literal password in it ({@code postgresql://u:pw@db/app}). */
    public static boolean hasUrlPassword(String written, String value) {
        Matcher m = URL_PASSWORD.matcher(value.strip());
        Matcher w = URL_PASSWORD.matcher(written.strip().replaceAll("^[\"']|[\"']$", ""));
        return m.find() && !m.group(1).isEmpty() && !m.group(1).matches("\\*+")
                && !(w.find() && w.group(1).contains("$"));
    }
}
