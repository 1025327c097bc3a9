package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.SecretNames;
import dev.stacklint.rules.data.SecretValue;

import java.util.Set;

/**
 * DL3064: an ARG or ENV whose name says it holds a secret ({@code DB_PASSWORD}, {@code NPM_TOKEN},
 * {@code openai_api_key}; {@link SecretNames} decides, as for SL204). A value that cannot be a secret keeps it
 * quiet: an ENV set empty, a switch, a short number, or (for ARG and ENV) a path to the file that holds the secret
 * ({@code GOOGLE_APPLICATION_CREDENTIALS=/run/config/key.json}). An ARG without a default still fires: the build
 * is meant to pass the secret in, and the image history keeps it.
 */
public final class SecretInArgOrEnv implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3064", "secret-in-arg-or-env", Severity.WARNING,
            "An ARG or ENV name says it holds a secret, which would be stored in the image.").in(Category.SECURITY)
            .alias("SecretsUsedInArgOrEnv");

    /** Only what reaches a running image or its history: a builder stage's ARG and ENV stay in the builder. */
    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Set<Instruction> judged = builds.imageInstructions(dockerfile);
        for (Instruction instruction : dockerfile.instructions()) {
            if (!judged.contains(instruction)) {
                continue;
            }
            switch (instruction.effective()) {
                case Instruction.Arg arg -> arg.declarations().stream()
                        .filter(d -> d.defaultValue().map(v -> mayHoldSecret(v, false)).orElse(true))
                        .forEach(d -> check(d.name(), "ARG", "RUN --mount=type=secret", reporter));
                case Instruction.Env env -> env.pairs().stream()
                        .filter(kv -> mayHoldSecret(kv.value(), true))
                        .forEach(kv -> check(kv.key(), "ENV",
                                "RUN --mount=type=secret (or set it when the container runs)", reporter));
                default -> {
                }
            }
        }
    }

    /**
     * False for a value that is no secret: a path, a switch, a short number, and an ENV set empty (an ARG declared
     * empty is still passed in by the build). A {@code ${...}} may be one: {@code ENV TOKEN=${TOKEN}} copies a build
     * argument into the image.
     */
    private static boolean mayHoldSecret(Word written, boolean env) {
        if (!written.isLiteral()) {
            return true;
        }
        if (written.value().isBlank()) {
            return !env;
        }
        return SecretValue.of(written.value(), written.value()) != SecretValue.NOT_SECRET;
    }

    private static void check(Word name, String keyword, String instead, Reporter reporter) {
        if (SecretNames.isSecretName(name.value())) {
            reporter.report(name.span(), keyword + " " + name.value() + " looks like a secret, and " + keyword
                    + " values are saved in the image (docker history shows them): pass it with " + instead);
        }
    }
}
