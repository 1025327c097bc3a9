package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.FileCopy;
import dev.stacklint.project.RegistryCredentials;
import dev.stacklint.project.Stack;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.Target;
import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SL137: a COPY or ADD of a shipped stage takes a credential file from the build context: an SSH private key
 * ({@code id_rsa}, {@code .ssh/}), a private key or key file ({@code *.key}, {@code privkey.pem}), {@code .netrc},
 * {@code .git-credentials}, {@code .aws/credentials}, {@code credentials.json}, a Docker or Postgres password file.
 * Public keys and certificates ({@code id_rsa.pub}, {@code ca.pem}, {@code repo.gpg.key}) are not judged. Builder
 * stages are not judged: only what they copy out ships.
 *
 * <p>An {@code .npmrc} or {@code .pypirc} holds a token only sometimes (often it names a registry, or reads the token
 * from the environment), so it is judged as a stack rule, reading the file in the build context the project gives
 * each build: a literal token is a warning, no token is fine, and a file the context does not hold (written by CI
 * before the build, or a context stacklint cannot see) is reported at info, as whether it holds one is not known.
 */
public final class CredentialFileCopied implements DockerfileRule.WithBuilds, StackRule {
    static final RuleMeta META = new RuleMeta("SL137", "credential-file-copied", Severity.WARNING, Target.DOCKERFILE,
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
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        for (Instruction instruction : ShippedInstructions.of(dockerfile, builds)) {
            for (Word source : sources(instruction)) {
                String path = source.value();
                if (credential(path)) {
                    reporter.report(source.span(), "`" + instruction.effective().keyword() + " " + path + "` puts a"
                            + " credential into an image layer, where anyone who pulls the image can read it (deleting"
                            + " it later does not remove it): mount it for the RUN that needs it (RUN"
                            + " --mount=type=secret or --mount=type=ssh), or provide it at run time");
                }
            }
        }
    }

    /**
     * The {@code .npmrc} and {@code .pypirc} copies of each image of the stack, judged by what the file holds. An
     * ONBUILD COPY (in any stage) takes it from the context of a child build, which is not known here.
     */
    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<String> seen = new HashSet<>();
        for (Container container : stack.containers()) {
            if (container.image().isEmpty()) {
                continue;
            }
            BuiltImage image = container.image().get();
            List<Instruction> copies = new ArrayList<>(image.instructions().stream()
                    .filter(i -> !(i instanceof Instruction.Onbuild)).toList());
            image.dockerfile().instructions().stream().filter(i -> i instanceof Instruction.Onbuild)
                    .forEach(copies::add);
            for (Instruction instruction : copies) {
                for (Word source : sources(instruction)) {
                    String name = fileName(source.value());
                    if (TOKEN_CONFIG.contains(name.toLowerCase(Locale.ROOT))
                            && seen.add(image.context() + "\n" + source.span().start())) {
                        tokenConfig(image, instruction, source, name, reporter);
                    }
                }
            }
        }
    }

    private static void tokenConfig(BuiltImage image, Instruction instruction, Word source, String name,
                                    Reporter reporter) {
        String keyword = instruction.effective().keyword();
        String path = source.value();
        String mount = " (RUN --mount=type=secret,id=" + name.substring(1) + ",target=/root/" + name + ")";
        boolean thisContext = !(instruction instanceof Instruction.Onbuild);
        if (thisContext && image.ignored(path.replaceFirst("^(\\./|/)+", ""))) {
            return; // an ignored file never reaches the image (SL118's finding)
        }
        Optional<SourceFile> file = thisContext ? image.contextFile(path) : Optional.empty();
        if (file.isEmpty()) {
            reporter.report(image.dockerfile().source(), source.span(), Severity.INFO, "`" + keyword + " " + path
                    + "` puts " + name + " into an image layer: if it holds a registry token, anyone who pulls the"
                    + " image can read it; mount it for the install instead" + mount);
            return;
        }
        RegistryCredentials.literal(file.get()).ifPresent(key -> reporter.report(image.dockerfile().source(),
                source.span(), "`" + keyword + " " + path + "` puts " + name + ", which holds a registry credential ("
                        + key + "), into an image layer, where anyone who pulls the image can read it (deleting it"
                        + " later does not remove it): mount it for the install instead" + mount));
    }

    /** The sources a COPY or ADD takes from the build context, heredocs and URLs left out. */
    private static List<Word> sources(Instruction instruction) {
        return FileCopy.of(instruction.effective()).filter(FileCopy::fromContext).map(FileCopy::sources)
                .orElse(List.of()).stream()
                .filter(w -> !w.value().startsWith("<<") && !w.value().contains("://")).toList();
    }

    private static String fileName(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static boolean credential(String path) {
        String trimmed = path.replaceAll("/+$", "");
        String name = fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        String parent = trimmed.contains("/") ? trimmed.substring(0, trimmed.lastIndexOf('/')) : "";
        boolean awsCredentials = lower.equals("credentials") && (parent.equals(".aws") || parent.endsWith("/.aws"));
        return SSH_KEY.matcher(name).matches() || CREDENTIALS.contains(lower) || awsCredentials || privateKey(lower);
    }

    /** {@code server.key}, {@code tls.key}, {@code privkey.pem}, {@code key.pem}; not public keys or certificates. */
    private static boolean privateKey(String name) {
        if (name.contains("*") || Arrays.stream(name.split("[^a-z0-9]+")).anyMatch(PUBLIC::contains)) {
            return false;
        }
        return name.endsWith(".key") || name.endsWith(".pem") && (name.contains("key") || name.contains("priv"));
    }
}
