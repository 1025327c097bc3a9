package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The folders a RUN mounts as a cache or tmpfs ({@code --mount=type=cache,target=/root/.cache}): what is written
 * there does not stay in the layer; and folders removed by {@code rm} or {@code find ... -delete}. Both with path
 * semantics: a mount on {@code /var/cache} holds {@code /var/cache/apk}; {@code rm -rf /var/lib} removes
 * {@code /var/lib/apt/lists}, and so does {@code rm -rf /var/lib/apt/*} (globs match segment by segment).
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

    /** True when a cache or tmpfs mount of {@code run} holds one of the folders (is it or a folder above it). */
    static boolean mounted(Instruction.Run run, Collection<String> folders) {
        return targets(run).stream().anyMatch(t -> folders.stream().anyMatch(f -> within(segments(f), segments(t))));
    }

    /**
     * An {@code rm} of one of the folders, of a folder above it, or of something in it ({@code find FOLDER ...
     * -delete} too): the cache cleaned by hand.
     */
    static boolean removed(SimpleCommand c, Collection<String> folders) {
        String program = c.program().orElse("");
        List<String> paths;
        if (program.equals("rm")) {
            paths = c.operands().stream().map(w -> w.value()).toList();
        } else if (program.equals("find") && (c.hasOption("-delete") || c.hasOption("-exec"))) {
            paths = c.operands().stream().map(w -> w.value()).limit(1).toList();
        } else {
            return false;
        }
        return paths.stream().filter(p -> p.startsWith("/"))
                .anyMatch(p -> folders.stream().anyMatch(f -> overlaps(segments(p), segments(f))));
    }

    /** The removed glob's segments match the folder's as far as both go: it is the folder, above it or in it. */
    private static boolean overlaps(List<String> removed, List<String> folder) {
        for (int k = 0; k < Math.min(removed.size(), folder.size()); k++) {
            if (!segmentGlob(removed.get(k)).matcher(folder.get(k)).matches()) {
                return false;
            }
        }
        return !removed.isEmpty();
    }

    /** {@code inner} is {@code outer} or below it. */
    private static boolean within(List<String> inner, List<String> outer) {
        return !outer.isEmpty() && outer.size() <= inner.size() && inner.subList(0, outer.size()).equals(outer);
    }

    private static List<String> segments(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(p -> !p.isEmpty() && !p.equals(".")).toList();
    }

    /** One path segment of a shell glob: {@code *} and {@code ?} stay within it, everything else is literal. */
    private static Pattern segmentGlob(String segment) {
        StringBuilder regex = new StringBuilder();
        for (char ch : segment.toCharArray()) {
            regex.append(ch == '*' ? "[^/]*" : ch == '?' ? "[^/]" : Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.compile(regex.toString());
    }

    static String trimSlash(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
