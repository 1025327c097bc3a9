package dev.stacklint.engine;

import dev.stacklint.yaml.PlainYaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells an add-on Compose file meant to be laid over a project ({@code -f docker-compose.yml -f jibri.yml}) from one
 * that stands on its own beside it ({@code dev.docker-compose.yml} with services of its own). An add-on redefines a
 * service of the project, defines one only in part (no image, build or extends), or names a service, network or
 * volume that only the project declares; a file whose services are complete, new and self-contained is an
 * alternative, linted alone. A file that cannot be read this way counts as an add-on.
 */
final class Overlays {
    private static final int MAX_BYTES = 1 << 20;

    private Overlays() {
    }

    static boolean isOverlay(Path file, List<Path> project) {
        return isOverlay(file, project, true);
    }

    /**
     * Whether a file is laid over a project found only by its name ({@link NamedBase}): there a complete service of
     * the same name as one of the project's is the file's own ({@code conduktor-kafka-single.yml} repeats
     * {@code conduktor.yml}'s services to run alone), so only a partial service or a name it borrows says add-on.
     */
    static boolean isOverlayOfNamedBase(Path file, List<Path> project) {
        return isOverlay(file, project, false);
    }

    /**
     * Whether a Compose-named file with services of its own is a piece of a project in a folder above: like a base
     * found by name, a complete service of a name the project also has is the file's own, and only a partial service
     * (one no add-on beside it completes: {@code completedBeside}) or a borrowed name says piece. A file with no
     * services (only {@code include} or volumes) is not one.
     */
    static boolean isPieceOf(Path file, List<Path> project, Set<String> completedBeside) {
        Map<String, Map<?, ?>> own = services(root(file));
        return own != null && !own.isEmpty() && isOverlay(file, project, false, completedBeside);
    }

    /**
     * The services {@code file} leaves without image, build and extends that one of {@code addOns} gives an image or
     * a build: {@code file} is the base that add-on completes.
     */
    static Set<String> completedBeside(Path file, List<Path> addOns) {
        Map<String, Map<?, ?>> own = addOns.isEmpty() ? null : services(root(file));
        Set<String> completed = new HashSet<>();
        if (own == null) {
            return completed;
        }
        Set<String> partial = new HashSet<>();
        own.forEach((name, service) -> {
            if (!complete(service)) {
                partial.add(name);
            }
        });
        for (Path addOn : addOns) {
            Map<String, Map<?, ?>> theirs = partial.isEmpty() ? null : services(root(addOn));
            if (theirs != null) {
                theirs.forEach((name, service) -> {
                    if (partial.contains(name) && service != null && (has(service, "image") || has(service, "build"))) {
                        completed.add(name);
                    }
                });
            }
        }
        return completed;
    }

    private static boolean complete(Map<?, ?> service) {
        return service != null && (has(service, "image") || has(service, "build") || has(service, "extends"));
    }

    private static boolean isOverlay(Path file, List<Path> project, boolean redefinitionCounts) {
        return isOverlay(file, project, redefinitionCounts, Set.of());
    }

    /** {@code completed}: services of the file that another file completes, so not partial here. */
    private static boolean isOverlay(Path file, List<Path> project, boolean redefinitionCounts, Set<String> completed) {
        Map<?, ?> ownRoot = root(file);
        Map<String, Map<?, ?>> own = services(ownRoot);
        if (own == null || own.isEmpty()) {
            return true;
        }
        Set<String> base = new HashSet<>();
        for (Path p : project) {
            Map<?, ?> r = root(p);
            if (r != null) {
                base.addAll(names(r.get("services")));
                base.addAll(names(r.get("networks")));
                base.addAll(names(r.get("volumes")));
            }
        }
        Set<String> declared = new HashSet<>(own.keySet());
        declared.addAll(names(ownRoot.get("networks")));
        declared.addAll(names(ownRoot.get("volumes")));
        for (Map.Entry<String, Map<?, ?>> e : own.entrySet()) {
            Map<?, ?> service = e.getValue();
            if ((redefinitionCounts && base.contains(e.getKey())) || (!complete(service)
                    && !completed.contains(e.getKey()))) {
                return true;
            }
            for (String key : List.of("depends_on", "networks", "links", "volumes_from")) {
                for (String name : names(service.get(key))) {
                    String n = name.split(":", 2)[0];
                    if (!declared.contains(n) && base.contains(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a service sets {@code key}, itself or through a YAML merge ({@code <<: *lemmy-default}), which the plain
     * reader here leaves as a key of its own.
     */
    private static boolean has(Map<?, ?> service, String key) {
        return has(service, key, 0);
    }

    private static boolean has(Object node, String key, int depth) {
        if (!(node instanceof Map<?, ?> m) || depth > 8) {
            return false;
        }
        if (m.containsKey(key)) {
            return true;
        }
        Object merged = m.get("<<");
        return merged instanceof List<?> l ? l.stream().anyMatch(i -> has(i, key, depth + 1)) : has(merged, key, depth + 1);
    }

    /** The keys of a mapping or the strings of a list. */
    private static Set<String> names(Object node) {
        Set<String> names = new HashSet<>();
        if (node instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> names.add(String.valueOf(k)));
        } else if (node instanceof List<?> l) {
            l.forEach(i -> names.add(String.valueOf(i)));
        }
        return names;
    }

    private static Map<String, Map<?, ?>> services(Map<?, ?> root) {
        if (root == null || !(root.get("services") instanceof Map<?, ?> services)) {
            return null;
        }
        Map<String, Map<?, ?>> out = new java.util.LinkedHashMap<>();
        services.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> m ? m : null));
        return out;
    }

    /** A file's first document as a mapping, or null when it cannot be read. */
    private static Map<?, ?> root(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return null;
            }
            Object doc = PlainYaml.load(Files.readString(file));
            return doc instanceof Map<?, ?> root ? root : null;
        } catch (IOException | RuntimeException e) {
            return null; // not readable as plain YAML: its own run reports why
        }
    }
}
