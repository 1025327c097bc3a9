package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DL3048: a LABEL key that does not follow Docker's key format: lower-case letters, digits, {@code .} and
 * {@code -}, starting with a letter and ending with a letter or digit, no {@code ..} or {@code --}, and not in
 * the namespaces Docker reserves (except the keys Docker documents for image authors). Keys that start with a variable are not judged; as in hadolint, a variable
 * later in a key counts as an invalid character.
 */
public final class InvalidLabelKey extends InstructionRule<Instruction.Label> {
    static final RuleMeta META = new RuleMeta("DL3048", "invalid-label-key", Severity.STYLE,
            "A LABEL key does not follow Docker's label key format.").in(Category.STYLE);

    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");
    /**
     * Keys in the reserved namespace that Docker documents for image authors to set: Docker Desktop extension
     * metadata, and the Dockerfile path Docker Scout reads.
     */
    private static final List<String> DOCUMENTED_PREFIXES = List.of("com.docker.desktop.extension.",
            "com.docker.extension.");
    private static final List<String> DOCUMENTED_KEYS = List.of("com.docker.image.source.entrypoint");

    public InvalidLabelKey() {
        super(Instruction.Label.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Label label, Reporter reporter) {
        for (KeyValue pair : label.pairs()) {
            Word key = pair.key();
            problem(key.value()).ifPresent(p -> reporter.report(key.span(), "label key " + key.value() + " "
                    + p));
        }
    }

    private static boolean documented(String key) {
        return DOCUMENTED_KEYS.contains(key) || DOCUMENTED_PREFIXES.stream().anyMatch(key::startsWith);
    }

    private static Optional<String> problem(String key) {
        if (key.startsWith("$") || key.isEmpty()) {
            return Optional.empty();
        }
        if (RESERVED.stream().anyMatch(key::startsWith) && !documented(key)) {
            return Optional.of("is in a namespace reserved for Docker itself: use your own reverse-DNS prefix, "
                    + "e.g. com.example." + key.substring(key.indexOf('.', key.indexOf('.') + 1) + 1));
        }
        if (!key.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
            return Optional.of("may hold only lower-case letters, digits, . and -: write it in that form, e.g. "
                    + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-"));
        }
        char first = key.charAt(0);
        char last = key.charAt(key.length() - 1);
        if (!(first >= 'a' && first <= 'z') || !(Character.isLetterOrDigit(last))) {
            return Optional.of("must start with a lower-case letter and end with a letter or digit: trim the "
                    + "extra characters");
        }
        if (key.contains("..") || key.contains("--")) {
            return Optional.of("repeats a separator (.. or --): use a single one");
        }
        return Optional.empty();
    }
}
