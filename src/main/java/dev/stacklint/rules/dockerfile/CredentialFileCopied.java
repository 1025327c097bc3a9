package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.FileCopy;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SL137: a COPY or ADD of a shipped stage takes a credential file from the build context: an SSH private key
 * ({@code id_rsa}, {@code .ssh/}), a private key or key file ({@code *.key}, {@code privkey.pem}), {@code .netrc},
 * {@code .git-credentials}, {@code .aws/credentials}, {@code credentials.json}, a Docker or Postgres password file.
 * Public keys and certificates ({@code id_rsa.pub}, {@code ca.pem}, {@code repo.gpg.key}) are not judged. An
 * {@code .npmrc} or {@code .pypirc} holds a token only sometimes (often it names a registry, or reads the token from
 * the environment): it is reported at info. Builder stages are not judged: only what they copy out ships.
 */
public final class CredentialFileCopied implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL137", "credential-file-copied", Severity.WARNING,
            "COPY/ADD puts a credential file (SSH or TLS private key, .netrc, cloud credentials) into the image.")
            .in(Category.SECURITY);

    private static final Pattern SSH_KEY = Pattern.compile("id_(rsa|dsa|ecdsa|ed25519)(_sk)?\\*?");
    private static final Set<String> CREDENTIALS = Set.of(".netrc", "_netrc", ".git-credentials", "credentials.json",
            ".pgpass", ".dockercfg", ".ssh", ".aws");
    private static final Set<String> TOKEN_CONFIG = Set.of(".npmrc", ".pypirc");
    /** Name parts of a key file that is public: a package repository's signing key, a public key. */
    private static final Set<String> PUBLIC = Set.of("pub", "public", "gpg", "pgp", "asc", "signing", "release",
            "archive", "repo", "apt", "keyring", "yum", "rpm");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        check(dockerfile, Builds.ALONE, ctx, reporter);
    }

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            Optional<FileCopy> copy = FileCopy.of(instruction.effective()).filter(FileCopy::fromContext);
            if (copy.isEmpty()) {
                continue;
            }
            for (Word source : copy.get().sources()) {
                check(instruction.effective().keyword(), source, dockerfile, reporter);
            }
        }
    }

    private static void check(String keyword, Word source, Dockerfile dockerfile, Reporter reporter) {
        String path = source.value();
        if (path.startsWith("<<") || path.contains("://")) {
            return;
        }
        String trimmed = path.replaceAll("/+$", "");
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String parent = trimmed.contains("/") ? trimmed.substring(0, trimmed.lastIndexOf('/')) : "";
        boolean awsCredentials = lower.equals("credentials") && (parent.equals(".aws") || parent.endsWith("/.aws"));
        if (SSH_KEY.matcher(name).matches() || CREDENTIALS.contains(lower) || awsCredentials || privateKey(lower)) {
            reporter.report(source.span(), "`" + keyword + " " + path + "` puts a credential into an image layer,"
                    + " where anyone who pulls the image can read it (deleting it later does not remove it): mount it"
                    + " for the RUN that needs it (RUN --mount=type=secret or --mount=type=ssh), or provide it at run"
                    + " time");
        } else if (TOKEN_CONFIG.contains(lower)) {
            reporter.report(dockerfile.source(), source.span(), Severity.INFO, "`" + keyword + " " + path + "` puts "
                    + name + " into an image layer: if it holds a registry token, anyone who pulls the image can read"
                    + " it; mount it for the install instead (RUN --mount=type=secret,id=" + name.substring(1)
                    + ",target=/root/" + name + ")");
        }
    }

    /** {@code server.key}, {@code tls.key}, {@code privkey.pem}, {@code key.pem}; not public keys or certificates. */
    private static boolean privateKey(String name) {
        if (name.contains("*") || Arrays.stream(name.split("[^a-z0-9]+")).anyMatch(PUBLIC::contains)) {
            return false;
        }
        return name.endsWith(".key") || name.endsWith(".pem") && (name.contains("key") || name.contains("priv"));
    }
}
