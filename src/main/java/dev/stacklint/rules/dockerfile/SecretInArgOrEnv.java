package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.ArgDeclaration;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DL3064: an ARG or ENV whose name says it holds a secret ({@code DB_PASSWORD}, {@code NPM_TOKEN},
 * {@code openai_api_key}). The name is split into words (at {@code _}, {@code -}, {@code .} and case changes) and
 * looked up whole, so {@code TOKENIZER_PATH} is not a token; names that point to a secret rather than hold it
 * ({@code ..._FILE}, {@code ..._PATH}, {@code ..._DIR}, {@code ..._URL}) are fine.
 */
public final class SecretInArgOrEnv implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3064", "secret-in-arg-or-env", Severity.WARNING, Target.DOCKERFILE,
            "An ARG or ENV name says it holds a secret, which would be stored in the image.");

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pword", "secret", "secrets",
            "token", "credential", "credentials", "apikey", "passphrase");
    /** Word pairs that make a secret: {@code API_KEY}, {@code ACCESS_KEY}, {@code PRIVATE_KEY}... */
    private static final Set<String> SECRET_PAIRS = Set.of("api key", "access key", "private key", "secret key",
            "auth key", "signing key", "client secret");
    private static final Set<String> POINTERS = Set.of("file", "path", "dir", "url");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Instruction instruction : dockerfile.instructions()) {
            switch (instruction.effective()) {
                case Instruction.Arg arg -> arg.declarations().stream().map(ArgDeclaration::name)
                        .forEach(n -> check(n, "ARG", "RUN --mount=type=secret", reporter));
                case Instruction.Env env -> env.pairs().stream().map(KeyValue::key)
                        .forEach(n -> check(n, "ENV", "RUN --mount=type=secret (or set it when the container runs)",
                                reporter));
                default -> {
                }
            }
        }
    }

    private static void check(Word name, String keyword, String instead, Reporter reporter) {
        if (looksSecret(name.value())) {
            reporter.report(name.span(), keyword + " " + name.value() + " looks like a secret, and " + keyword
                    + " values are saved in the image (docker history shows them): pass it with " + instead);
        }
    }

    static boolean looksSecret(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || POINTERS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (SECRET_WORDS.contains(words.get(i))
                    || (i + 1 < words.size() && SECRET_PAIRS.contains(words.get(i) + " " + words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code openaiApiKey} and {@code OPENAI_API_KEY} both give {@code openai}, {@code api}, {@code key}. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = c == '_' || c == '-' || c == '.';
            boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if ((boundary || camel) && !word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!boundary) {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
