package dev.stacklint.rules.dockerfile;

import dev.stacklint.compose.Build;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.NamedValue;
import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.image.ImageReference;
import dev.stacklint.project.Stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The image a FROM pulls, with its variables resolved: by the Dockerfile's ARG defaults, or by the build arguments
 * a Compose service passes. FROMs that name an earlier stage, a named build context, {@code scratch}, or an image
 * that is not known statically (an ARG without default, a modifier) are left out.
 *
 * @param from  the FROM
 * @param image the image, resolved
 * @param named how messages name it: the written reference, followed by where a resolved one came from
 */
record ResolvedFrom(Instruction.From from, ImageReference image, String named) {

    /**
     * Each FROM's image as a plain {@code docker build} resolves it (ARG defaults); an image that a project building
     * the file builds itself ({@code FROM app} beside a service with {@code build} and {@code image: app}) is left
     * out: the FROM takes that local build product.
     */
    static List<ResolvedFrom> of(Dockerfile dockerfile, Builds builds) {
        return resolve(dockerfile, Map.of(), builds.namedContexts()).stream()
                .filter(r -> !builds.buildsLocally(r.image().localIdentity())).toList();
    }

    /**
     * Each FROM whose image the service's {@code build.args} resolve differently from the ARG defaults, as those
     * build arguments resolve it; an image the project itself builds ({@code builtImages}, by name) is left out.
     */
    static List<ResolvedFrom> withBuildArgs(Dockerfile dockerfile, Build build, Set<String> builtImages) {
        List<NamedValue> buildArgs = build.args();
        Map<String, Located<String>> given = new LinkedHashMap<>();
        buildArgs.forEach(a -> a.value().ifPresent(v -> given.put(a.name().value(), v)));
        if (given.isEmpty()) {
            return List.of();
        }
        Set<String> contexts = new HashSet<>();
        build.additionalContexts().forEach(c -> contexts.add(c.name().value().toLowerCase(Locale.ROOT)));
        Map<Instruction.From, String> byDefault = new IdentityHashMap<>();
        resolve(dockerfile, Map.of(), contexts).forEach(r -> byDefault.put(r.from(), r.image().reference()));
        return resolve(dockerfile, given, contexts).stream()
                .filter(r -> given.keySet().stream().anyMatch(n -> references(r.from().image().value(), n)))
                .filter(r -> !r.image().reference().equals(byDefault.get(r.from())))
                .filter(r -> !builtImages.contains(r.image().name()))
                .toList();
    }

    private static List<ResolvedFrom> resolve(Dockerfile dockerfile, Map<String, Located<String>> buildArgs,
                                              Set<String> contexts) {
        Map<String, String> values = new LinkedHashMap<>();
        buildArgs.forEach((k, v) -> values.put(k, v.value()));
        List<ResolvedFrom> result = new ArrayList<>();
        Set<String> stageNames = new HashSet<>();
        for (Stage s : dockerfile.stages()) {
            Instruction.From from = s.from();
            String written = from.image().value();
            Optional<String> image = Optional.of(written);
            String named = written;
            if (!from.image().isLiteral()) {
                image = Scope.before(dockerfile, from).variables().withBuildArgs(values).resolve(written);
                List<String> passed = buildArgs.keySet().stream().filter(n -> references(written, n)).toList();
                named = image.orElse("") + " (" + written + (passed.isEmpty() ? " with its ARG defaults"
                        : " with " + String.join(", ", passed.stream().map(n -> n + "=" + values.get(n)
                                + " from build.args at " + place(buildArgs.get(n))).toList())) + ")";
            }
            String lower = image.map(i -> i.toLowerCase(Locale.ROOT)).orElse("");
            if (!lower.isBlank() && !lower.equals("scratch") && !stageNames.contains(lower) && !contexts.contains(lower)) {
                ImageReference reference = ImageReference.parse(image.get());
                if (!reference.variables()) {
                    result.add(new ResolvedFrom(from, reference, named));
                }
            }
            s.name().ifPresent(n -> stageNames.add(n.toLowerCase(Locale.ROOT)));
        }
        return result;
    }

    /** The names of the images the stack's Compose services build ({@code build} with {@code image}). */
    static Set<String> builtImages(Stack stack) {
        Set<String> names = new HashSet<>();
        stack.compose().ifPresent(p -> p.services().values().stream().filter(s -> s.build().isPresent())
                .forEach(s -> s.image().ifPresent(i -> names.add(i.value().name()))));
        return names;
    }

    private static boolean references(String text, String name) {
        return Pattern.compile("\\$\\{?" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    private static String place(Located<String> value) {
        return value.file().displayPath() + ":" + value.origin().start().line()
                + (value.interpolated() ? ", interpolated from " + value.file().slice(value.span()).strip() : "");
    }
}
