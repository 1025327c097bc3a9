package dev.stacklint.rules.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which variable names hold a secret (DL3064 and SL204 ask the same question). A name is split into words at
 * {@code _}, {@code -}, {@code .} and case changes ({@code openaiApiKey} and {@code OPENAI_API_KEY} are both
 * {@code OPENAI API KEY}), and the words are looked up whole, so {@code TOKENIZER_PATH} is not a token.
 */
public final class SecretNames {
    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PWD", "PASS", "PWORD", "SECRET",
            "SECRETS", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS", "PASSPHRASE", "SALT");
    /**
     * Words that, before {@code KEY}, make it a secret key ({@code API_KEY}, {@code SECRET_KEY}). Not
     * {@code ACCESS}: an S3 or AWS {@code ACCESS_KEY} is the key's ID; its secret half is {@code SECRET_KEY}.
     */
    private static final Set<String> KEY_KINDS = Set.of("API", "SECRET", "PRIVATE", "AUTH", "SIGNING",
            "ENCRYPTION", "MASTER", "CLIENT", "APP", "ENCRYPT", "LICENSE");
    /** A name ending in one of these holds something about a secret (where it is, who uses it), not the secret. */
    private static final Set<String> NOT_SECRET_SUFFIXES = Set.of("FILE", "PATH", "DIR", "HOST", "PORT", "USER",
            "USERNAME", "LOGIN", "EMAIL", "NAME", "LENGTH", "MIN", "MAX", "TTL", "EXPIRY", "EXPIRE", "EXPIRES",
            "EXPIRATION", "TIMEOUT", "ALGORITHM", "ALG", "SCHEME", "TYPE", "METHOD", "MODE", "ENABLED", "REQUIRED", "POLICY",
            "HEADER", "PREFIX", "ID", "URL", "URI", "ENDPOINT", "LIFETIME", "AGE", "ROUNDS", "COMPLEXITY", "DAYS",
            "HOURS", "MINUTES", "SECONDS", "COUNT", "RETRIES", "ATTEMPTS", "SIZE", "VERSION", "FORMAT", "ENCODING",
            "ISSUER", "AUDIENCE", "SCOPE", "SCOPES", "REGION", "BUCKET", "IN", "LIMIT", "RATE", "QUOTA");
    /** Words that make the name a switch or a setting about passwords ({@code MYSQL_ALLOW_EMPTY_PASSWORD}). */
    private static final Set<String> SWITCH_WORDS = Set.of("ALLOW", "RANDOM", "EMPTY", "SKIP", "GENERATE",
            "DISABLE", "ENABLE", "USE", "REQUIRE", "RESET", "EXPIRES", "EXPIRY", "EXPIRE", "TTL", "TIMEOUT",
            "LIFETIME");

    /**
     * Names that hold a secret word but an identifier: etcd's {@code INITIAL_CLUSTER_TOKEN} only keeps two
     * clusters bootstrapped side by side apart (its documentation calls it a unique id, not a credential).
     */
    private static final List<List<String>> IDENTIFIER_PHRASES = List.of(List.of("INITIAL", "CLUSTER", "TOKEN"));

    private SecretNames() {
    }

    /** True when a variable of this name is meant to hold a secret. */
    public static boolean isSecretName(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || NOT_SECRET_SUFFIXES.contains(words.get(words.size() - 1))
                || words.stream().anyMatch(SWITCH_WORDS::contains)
                || IDENTIFIER_PHRASES.stream().anyMatch(p -> Collections.indexOfSubList(words, p) >= 0)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SECRET_WORDS.contains(w) || (w.equals("KEY") && i > 0 && KEY_KINDS.contains(words.get(i - 1)))
                    || w.contains("PASSWORD") || w.contains("PASSWD")
                    || (w.contains("SECRET") && !w.contains("SECRETAR"))) {
                return true;
            }
        }
        return false;
    }

    /** The name's words in upper case: {@code openaiApiKey} gives {@code OPENAI}, {@code API}, {@code KEY}. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = c == '_' || c == '-' || c == '.';
            boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if ((boundary || camel) && !word.isEmpty()) {
                words.add(word.toString().toUpperCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!boundary) {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toUpperCase(Locale.ROOT));
        }
        return words;
    }
}
