package dev.stacklint.compose;

import dev.stacklint.source.DockerfileFallback;
import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A service's {@code build} (string or long form).
 *
 * @param origin           the whole {@code build} value
 * @param context          the context as written ({@code .} when not given, located at the build key's value)
 * @param contextDirectory the context resolved against the directory Compose resolves it from; empty for a URL, and
 *                         when the context, the Dockerfile or the target holds an unset variable (the build is then not known)
 * @param dockerfile       {@code dockerfile}, relative to the context
 * @param dockerfileInline {@code dockerfile_inline}
 * @param target           the build stage ({@code target})
 * @param args             build arguments
 * @param additionalContexts named build contexts ({@code additional_contexts}), which FROM and COPY --from may name
 */
public record Build(Origin origin, Located<String> context, Optional<Path> contextDirectory,
                    Optional<Located<String>> dockerfile, Optional<Located<String>> dockerfileInline,
                    Optional<Located<String>> target, List<NamedValue> args,
                    List<NamedValue> additionalContexts) {

    /**
     * The Dockerfile this build uses (a lowercase {@code dockerfile} stands in for a missing {@code Dockerfile}),
     * unless it is inline or the context is remote.
     */
    public Optional<Path> dockerfilePath() {
        if (dockerfileInline.isPresent()) {
            return Optional.empty();
        }
        String name = dockerfile.map(Located::value).orElse("Dockerfile");
        return contextDirectory.map(dir -> DockerfileFallback.of(dir.resolve(name).normalize()));
    }
}
