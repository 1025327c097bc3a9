package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.image.ImageReference;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SL116: a FROM image that, built without {@code --build-arg}, is empty or not a valid image reference because a
 * global ARG it uses has no default ({@code ARG TAG} then {@code FROM alpine:${TAG}} pulls {@code alpine:}).
 * Images using Docker's platform arguments are not judged: their values depend on the build. Quiet when every
 * build the project names gives the ARG a value ({@code build.args: [BASEIMAGE=auto-setup:1.2]}): the file is a
 * template of those builds, and a default would only repeat (and drift from) the value they pass.
 */
public final class InvalidDefaultArgInFrom implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL116", "invalid-default-arg-in-from", Severity.WARNING, "An ARG without default makes a FROM image empty or invalid when no build argument is given.")
            .alias("InvalidDefaultArgInFrom");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i instanceof Instruction.From);
        scopes.forEach((i, scope) -> {
            Instruction.From from = (Instruction.From) i;
            String image = from.image().value();
            Variables vars = scope.variables();
            List<String> withoutDefault = new ArrayList<>();
            vars.args().forEach((name, value) -> {
                if (value.isEmpty() && !Scope.isPlatformArg(name) && uses(image, name)) {
                    withoutDefault.add(name);
                }
            });
            if (withoutDefault.isEmpty() || withoutDefault.stream().allMatch(builds::everyBuildGives)) {
                return;
            }
            Map<String, String> empty = new LinkedHashMap<>();
            withoutDefault.forEach(n -> empty.put(n, ""));
            Optional<String> expanded = vars.withBuildArgs(empty).resolve(image);
            expanded.filter(e -> !ImageReference.wellFormed(e)).ifPresent(e -> reporter.report(from.image().span(),
                    "without --build-arg, ARG " + String.join(", ", withoutDefault) + " "
                            + (withoutDefault.size() > 1 ? "are" : "is") + " empty and the image is '" + e
                            + "', not a valid image reference: give the ARG a default (ARG "
                            + withoutDefault.get(0) + "=...)"));
        });
    }

    private static boolean uses(String text, String name) {
        return Pattern.compile("\\$\\{?" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(text).find();
    }
}
