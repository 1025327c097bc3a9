package dev.stacklint.rules.compose;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.compose.Service;
import dev.stacklint.dockerfile.ArgDeclaration;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;
import dev.stacklint.rules.data.SecretNames;
import dev.stacklint.source.Origin;

/**
 * SL204: a literal password, token or key in Compose {@code environment}, a connection URL with an inline
 * password, or a Dockerfile ENV/ARG default. The message names the variable, never the value.
 */
public final class HardcodedSecret implements ComposeRule, DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL204", "hardcoded-secret", Severity.WARNING, Target.COMPOSE,
            "A password, token or key written as a literal in environment, ENV or ARG.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ComposeProject project, Reporter reporter) {
        for (Service s : project.services().values()) {
            for (NamedValue nv : s.environment()) {
                if (nv.value().isEmpty()) {
                    continue;
                }
                Located<String> value = nv.value().get();
                String key = nv.name().value();
                String written = value.file().slice(value.span());
                Origin at = nv.name().origin().to(value.origin());
                if (SecretNames.hasUrlPassword(written, value.value())) {
                    reporter.report(at.file(), at.span(), "`" + key + "` holds a connection URL with a literal"
                            + " password; take the password from the environment (`${...}`) or a secret instead");
                } else if (SecretNames.isSecretName(key) && SecretNames.isLiteralSecret(written, value.value())) {
                    reporter.report(at.file(), at.span(), "`" + key + "` is set to a literal secret; pass it from"
                            + " the environment (`${" + key + "}`) or with `secrets:` instead");
                } else if (SecretNames.isSecretName(key)) {
                    SecretNames.literalFallback(written).ifPresent(v -> reporter.report(at.file(), at.span(), "`"
                            + key + "` falls back to a committed literal secret when `" + v + "` is unset; drop the"
                            + " default (`${" + v + ":?}` makes Compose stop instead)"));
                }
            }
        }
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        for (Instruction i : dockerfile.instructions()) {
            if (i instanceof Instruction.Env env) {
                for (KeyValue kv : env.pairs()) {
                    if (secret(kv.key().value(), kv.value())) {
                        reporter.report(kv.span(), "ENV `" + kv.key().value() + "` bakes a literal secret into the"
                                + " image, readable by anyone who pulls it; pass it at run time instead");
                    }
                }
            } else if (i instanceof Instruction.Arg arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    if (d.defaultValue().isPresent() && secret(d.name().value(), d.defaultValue().get())) {
                        reporter.report(d.span(), "ARG `" + d.name().value() + "` has a literal secret as its"
                                + " default, kept in the image history; use a build secret"
                                + " (`RUN --mount=type=secret`) instead");
                    }
                }
            }
        }
    }

    private static boolean secret(String key, Word value) {
        String written = value.value();
        return SecretNames.hasUrlPassword(written, written)
                || (SecretNames.isSecretName(key) && SecretNames.isLiteralSecret(written, written));
    }
}
