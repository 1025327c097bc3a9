package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The folders a RUN mounts as a cache or tmpfs ({@code --mount=type=cache,target=/root/.cache}): what is written
 * there does not stay in the layer; and folders removed by {@code rm}.
 */
final class CacheMounts {
    private CacheMounts() {
    }

    /** The cache and tmpfs mount targets of {@code run}, without a trailing slash, after {@code resolve}. */
    static Set<String> targets(Instruction.Run run, UnaryOperator<String> resolve) {
        Set<String> targets = new LinkedHashSet<>();
        for (Flag f : run.flags()) {
            if (!f.name().equals("mount")) {
                continue;
            }
            String type = "bind";
            String target = "";
            for (String option : f.value().split(",")) {
                int eq = option.indexOf('=');
                String key = eq < 0 ? option : option.substring(0, eq);
                String value = eq < 0 ? "" : option.substring(eq + 1);
                if (key.equals("type")) {
                    type = value;
                } else if (key.equals("target") || key.equals("dst") || key.equals("destination")) {
                    target = trimSlash(resolve.apply(value));
                }
            }
            if ((type.equals("cache") || type.equals("tmpfs")) && !target.isEmpty()) {
                targets.add(target);
            }
        }
        return targets;
    }

    static Set<String> targets(Instruction.Run run) {
        return targets(run, UnaryOperator.identity());
    }

    /** An {@code rm} of one of the folders or of something in them: the cache cleaned by hand. */
    static boolean removed(SimpleCommand c, Collection<String> folders) {
        return c.program().filter("rm"::equals).isPresent()
                && c.args().stream().anyMatch(w -> folders.stream().anyMatch(w.value()::startsWith));
    }

    static String trimSlash(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
