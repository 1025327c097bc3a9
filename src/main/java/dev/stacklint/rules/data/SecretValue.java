package dev.stacklint.rules.data;

import dev.stacklint.source.Interpolation;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value written for a secret-named variable is. A secret is judged by its value too, not only by the name:
 * <ul>
 *   <li>{@link #NOT_SECRET}: empty, a {@code ${...}} reference (the secret lives elsewhere), a switch
 *   ({@code true}, {@code no}, {@code 0}...), a short number (a length or a count; eight digits and more are a PIN
 *   or a key), or a path to the file that holds the secret ({@code /run/secrets/db}, {@code ./key.pem},
 *   {@code config/sa.json});</li>
 *   <li>{@link #PLACEHOLDER}: a value that asks to be replaced, as templates ship them ({@code changeme},
 *   {@code change-this-insecure-key}, {@code <your-api-key>}, {@code your_secret_here}, {@code xxxx},
 *   {@code placeholder}, {@code django-insecure-...}, {@code some_password}, {@code _admin_password_}): not a
 *   leaked secret, but a deployment that keeps it runs with a value everyone knows;</li>
 *   <li>{@link #SECRET}: anything else, including weak real passwords ({@code password}, {@code secret}).</li>
 * </ul>
 */
public enum SecretValue {
    NOT_SECRET, PLACEHOLDER, SECRET;

    /** Switches, and the words that stand for no value at all ({@code API_KEY=${API_KEY:-invalid}}: no key set). */
    private static final Set<String> SWITCH_VALUES = Set.of("true", "false", "yes", "no", "on", "off", "0", "1",
            "none", "null", "nil", "enabled", "disabled", "invalid", "unset");
    /** A short number, a decimal, or a duration ({@code 15m}, {@code 30d}). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}|\\d+\\.\\d+|\\d+(?:ms|s|m|h|d|w|y)");
    /** A value that is itself a variable name ({@code CLUSTER_API_SECRET}): a template's slot, not a secret. */
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    // No repeated groups: Java's matcher recurses once per group repetition, and a value of 50,000 path segments
    // overflowed the stack. Segments and separators are one character class; `//` is refused by a lookahead.
    /** An absolute or relative path of plain path characters (base64 holds {@code +} and {@code =}). */
    private static final Pattern PATH = Pattern.compile("(?:/|\\./|\\.\\./|~/)[\\w.@/-]*");
    private static final Pattern CREDENTIALS_FILE = Pattern.compile(
            "(?!.*//)[\\w.@-](?:[\\w.@/-]*[\\w.@-])?\\.(?:json|pem|key|crt|cer|der|p12|pfx|jks|keystore|asc|gpg|txt|env|ya?ml|toml"
                    + "|ini|conf|cfg|properties)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDERS = Pattern.compile(
            "<[^<>]*>|\\[[^\\[\\]]*]|x{3,}|\\*{3,}|\\.{3,}|#{3,}"
                    + "|.*\\bchange[-_ ]?(?:me|it|this|that)\\b.*|.*changeme.*|.*changeit.*|(?-i:[Cc]hange[-_A-Z0-9].*)"
                    + "|.*\\breplace[-_ ]?(?:me|this|with)\\b.*|.*replaceme.*"
                    + "|your[-_ ]?.*|.*[-_ ]here|.*placeholder.*|dummy|todo|fixme|tbd|to[-_ ]?be[-_ ]?set"
                    + "|(?:set|fill|insert|put)[-_ ]?(?:me|in|your).*"
                    // a value that calls itself insecure (Django's generated `django-insecure-...`), an indefinite
                    // one (`some_password`), or a slot to fill in between underscores (`_admin_password_`)
                    + "|.*insecure.*|some[-_ ][a-z]+|_[a-z][a-z0-9_]*_",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FALLBACK = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^}$]*)}");
    private static final Pattern URL_PASSWORD = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*://[^/\\s:@]*:([^/\\s@]+)@");

    /**
     * A value as written ({@code written}, quotes and {@code ${...}} included) and as used ({@code value}, after
     * interpolation; the same text where nothing is interpolated).
     */
    public static SecretValue of(String written, String value) {
        String v = unquote(value.strip());
        if (v.isEmpty() || !Interpolation.literal(written) || SWITCH_VALUES.contains(v.toLowerCase(Locale.ROOT))
                || NUMBER.matcher(v).matches() || PATH.matcher(v).matches() || CREDENTIALS_FILE.matcher(v).matches()) {
            return NOT_SECRET;
        }
        return PLACEHOLDERS.matcher(v).matches() || NAME_LIKE.matcher(v).matches() ? PLACEHOLDER : SECRET;
    }

    /** A lone {@code ${VAR:-default}} (or {@code ${VAR-default}}) and what its default is. */
    public record Fallback(String variable, SecretValue value) {
    }

    /**
     * The fallback of a value that is one {@code ${VAR:-default}} whose default is a literal secret or a placeholder:
     * when the variable is unset, the committed default is used.
     */
    public static Optional<Fallback> fallback(String written) {
        Matcher m = FALLBACK.matcher(unquote(written.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        SecretValue value = of(m.group(2), m.group(2));
        return value == NOT_SECRET ? Optional.empty() : Optional.of(new Fallback(m.group(1), value));
    }

    /** The password of a URL that holds one as a literal ({@code postgresql://u:pw@db/app}), judged as a value. */
    public static Optional<SecretValue> urlPassword(String written, String value) {
        Matcher m = URL_PASSWORD.matcher(unquote(value.strip()));
        Matcher w = URL_PASSWORD.matcher(unquote(written.strip()));
        if (!m.find() || m.group(1).matches("\\*+") || (w.find() && !Interpolation.literal(w.group(1)))) {
            return Optional.empty();
        }
        // any literal in a URL's password place is a password, short numbers too; a slot named like a variable
        // (`postgresql://app:STRONG_DB_PASSWORD@db/app`) is a placeholder there as it is on its own
        String password = m.group(1);
        return Optional.of(PLACEHOLDERS.matcher(password).matches() || NAME_LIKE.matcher(password).matches()
                ? PLACEHOLDER : SECRET);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)
                ? s.substring(1, s.length() - 1) : s;
    }
}
