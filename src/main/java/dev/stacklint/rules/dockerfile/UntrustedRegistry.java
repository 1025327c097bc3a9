package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.GlobMatcher;
import dev.stacklint.source.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DL3026: an image comes from a registry outside the configured trusted list ({@code trusted-registries}, or
 * hadolint's {@code trustedRegistries}): in FROM, {@code COPY --from=} and {@code RUN --mount=from=}. Without a
 * list the rule does nothing. A name without a registry comes from {@code docker.io}; {@code *} in a trusted
 * entry matches any characters ({@code *.example.com}, or {@code *} for every registry).
 */
public final class UntrustedRegistry implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("DL3026", "untrusted-registry", Severity.ERROR,
            "An image comes from a registry that is not in the configured list of trusted registries.").in(Category.SECURITY);

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        List<String> trusted = ctx.tables().trustedRegistries();
        if (trusted.isEmpty()) {
            return;
        }
        Trusted registries = new Trusted(trusted, trusted.stream().map(UntrustedRegistry::pattern).toList());
        // stages and named build contexts are not pulled from a registry
        Set<String> stages = new HashSet<>(builds.namedContexts());
        for (Stage s : dockerfile.stages()) {
            s.name().ifPresent(n -> stages.add(n.toLowerCase(Locale.ROOT)));
        }
        for (Instruction i : dockerfile.instructions()) {
            switch (i.effective()) {
                case Instruction.From f -> check(f.image().value(), f.image().span(), stages, registries, reporter);
                case Instruction.Copy c -> c.flags().stream().filter(f -> f.name().equalsIgnoreCase("from"))
                        .forEach(f -> check(f.value(), f.span(), stages, registries, reporter));
                case Instruction.Run r -> r.flags().stream().filter(f -> f.name().equalsIgnoreCase("mount"))
                        .forEach(f -> mountFrom(f).ifPresent(image -> check(image, f.span(), stages, registries,
                                reporter)));
                default -> {
                }
            }
        }
    }

    /** The {@code from=} of a {@code --mount=type=cache,from=image,...} option. */
    private static Optional<String> mountFrom(Flag mount) {
        for (String part : mount.value().split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase("from")) {
                return Optional.of(part.substring(eq + 1).trim());
            }
        }
        return Optional.empty();
    }

    /** The configured registries, as written and as patterns. */
    private record Trusted(List<String> written, List<GlobMatcher> patterns) {
    }

    private static void check(String image, Span where, Set<String> stages, Trusted trusted, Reporter reporter) {
        String name = image.toLowerCase(Locale.ROOT);
        // stages (by name or index), scratch, and names built from variables are not pulled from a registry
        ImageReference reference = ImageReference.parse(image);
        if (name.isEmpty() || stages.contains(name) || name.matches("\\d+") || name.equals("scratch") || reference.variables()) {
            return;
        }
        String host = reference.host();
        if (trusted.patterns().stream().noneMatch(p -> p.matches(host))) {
            reporter.report(where, "`" + image + "` comes from " + host + ", which is not a trusted registry ("
                    + String.join(", ", trusted.written()) + "): use an image from a trusted registry, or trust " + host
                    + " in trusted-registries");
        }
    }

    private static GlobMatcher pattern(String trustedRegistry) {
        String host = ImageReference.host(trustedRegistry);
        // `*` is the only wildcard; the rest is literal. A linear matcher: `*a*a*a*b` as a regex backtracks
        return GlobMatcher.of(host.replaceAll("[\\\\?\\[\\]{}]", "\\\\$0").replace("*", "**"));
    }
}
