package dev.stacklint.project;

import dev.stacklint.compose.VolumeMount;
import dev.stacklint.dockerfile.ContainerPaths;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.source.GlobMatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a container holds at the paths nginx reads: its bind mounts and volumes over the files its image copies
 * (the last copy to a path wins). Files under {@code /etc/nginx/templates} also stand where the official image's
 * envsubst step writes them: {@code /etc/nginx/conf.d}, without the {@code .template} suffix.
 */
public final class NginxFiles {
    static final String TEMPLATES = "/etc/nginx/templates";
    static final String CONF_D = "/etc/nginx/conf.d";
    private static final String TEMPLATE_SUFFIX = ".template";
    private static final int MAX_LISTED = 500;
    private static final java.util.Set<String> IMAGE_FOLDERS = java.util.Set.of("/etc/nginx", CONF_D, TEMPLATES,
            "/usr/share/nginx/html");

    /**
     * A path the container has from outside the base image.
     *
     * @param target the path in the container
     * @param host   the host file or folder it comes from; empty when the linter cannot read it (a named volume, a
     *               copy from another stage, a path with variables)
     * @param mount  a mount, which hides whatever the image has below it
     * @param suffix what the host names add to the container names ({@code .template})
     */
    record Provided(String target, Optional<Path> host, boolean mount, String suffix) {
    }

    /** What a path holds. */
    public sealed interface Lookup {
        record Found(Path host) implements Lookup {
        }

        /** Nothing provides it: it is the base image's, or missing. */
        record NotProvided() implements Lookup {
        }

        /** Something provides it that the linter cannot read. */
        record Unreadable() implements Lookup {
        }
    }

    private final List<Provided> provided;

    private NginxFiles(List<Provided> provided) {
        this.provided = List.copyOf(provided);
    }

    /** Mounts first (deepest target first), then the image's copies, last first. */
    static NginxFiles of(Optional<BuiltImage> image, List<VolumeMount> volumes) {
        List<Provided> out = new ArrayList<>();
        volumes.stream().filter(v -> v.target().value().startsWith("/"))
                .sorted(Comparator.comparingInt((VolumeMount v) -> v.target().value().length()).reversed())
                .forEach(v -> out.add(new Provided(ContainerPaths.normalize(v.target().value()),
                        v.type() == VolumeMount.Type.BIND ? v.hostPath() : Optional.empty(), true, "")));
        image.ifPresent(i -> {
            List<Instruction> all = i.instructions();
            for (int k = all.size() - 1; k >= 0; k--) {
                FileCopy.of(all.get(k)).ifPresent(c -> copied(i, c, out));
            }
        });
        List<Provided> withTemplates = new ArrayList<>(out);
        for (Provided p : out) {
            ContainerPaths.below(p.target(), TEMPLATES).ifPresent(rel -> {
                String name = rel.endsWith(TEMPLATE_SUFFIX) ? rel.substring(0, rel.length() - TEMPLATE_SUFFIX.length())
                        : rel;
                if (rel.isEmpty() || rel.endsWith(TEMPLATE_SUFFIX)) {
                    // envsubst writes beside what conf.d already holds: it hides nothing
                    withTemplates.add(new Provided(ContainerPaths.normalize(CONF_D + "/" + name), p.host(), false,
                            rel.isEmpty() ? TEMPLATE_SUFFIX : ""));
                }
            });
        }
        return new NginxFiles(withTemplates);
    }

    private static void copied(BuiltImage image, FileCopy copy, List<Provided> out) {
        Word dest = copy.destination();
        Optional<String> destAbs = !dest.isLiteral() ? Optional.empty()
                : ContainerPaths.absolute(dest.value(), image.workdir(Optional.of(copy.instruction())));
        if (destAbs.isEmpty()) {
            return;
        }
        // the official image has these folders: a file copied onto one lands inside it
        boolean destIsDir = dest.value().endsWith("/") || copy.sources().size() > 1
                || IMAGE_FOLDERS.contains(destAbs.get());
        for (Word source : copy.sources()) {
            String s = source.value();
            if (!copy.fromContext() || s.contains("$") || s.contains("://") || s.startsWith("<<")) {
                out.add(new Provided(destAbs.get(), Optional.empty(), false, ""));
                continue;
            }
            Path src = image.context().resolve(s.startsWith("/") ? s.substring(1) : s).normalize();
            if (!src.startsWith(image.context())) {
                continue;
            }
            if (s.matches(".*[*?\\[].*")) {
                for (Path match : matches(src.getParent(), GlobMatcher.of(src.getFileName().toString()))) {
                    out.add(new Provided(destAbs.get() + "/" + match.getFileName(), Optional.of(match), false, ""));
                }
            } else if (Files.isDirectory(src)) {
                out.add(new Provided(destAbs.get(), Optional.of(src), false, ""));
            } else if (Files.isRegularFile(src)) {
                String target = destIsDir ? destAbs.get() + "/" + src.getFileName() : destAbs.get();
                out.add(new Provided(ContainerPaths.normalize(target), Optional.of(src), false, ""));
            }
        }
    }

    /** True when nothing is mounted or copied into the nginx configuration folder. */
    boolean isEmpty() {
        return provided.stream().noneMatch(p -> ContainerPaths.below(p.target(), "/etc/nginx").isPresent());
    }

    /** What the container has at an absolute path. */
    public Lookup find(String abs) {
        String path = ContainerPaths.normalize(abs);
        for (Provided p : provided) {
            Optional<String> rel = ContainerPaths.below(path, p.target());
            if (rel.isEmpty()) {
                continue;
            }
            if (p.host().isEmpty()) {
                return new Lookup.Unreadable();
            }
            Path host = rel.get().isEmpty() ? p.host().get() : p.host().get().resolve(rel.get() + p.suffix());
            if (Files.isRegularFile(host)) {
                return new Lookup.Found(host);
            }
            if (p.mount()) {
                return new Lookup.NotProvided(); // a mount hides what the image has there
            }
        }
        return new Lookup.NotProvided();
    }

    /** True when a mount, volume or copy puts something at {@code abs}, above it or below it. */
    public boolean provides(String abs) {
        String path = ContainerPaths.normalize(abs);
        return provided.stream().anyMatch(p -> ContainerPaths.below(path, p.target()).isPresent()
                || ContainerPaths.below(p.target(), path).isPresent());
    }

    /** The container paths in {@code dir} whose names match {@code glob}, in name order (as nginx sorts them). */
    List<String> list(String dir, GlobMatcher glob) {
        String d = ContainerPaths.normalize(dir);
        TreeSet<String> names = new TreeSet<>();
        for (Provided p : provided) {
            if (p.host().isEmpty()) {
                continue;
            }
            Optional<String> rel = ContainerPaths.below(d, p.target());
            if (rel.isPresent() && Files.isDirectory(p.host().get())) {
                Path hostDir = rel.get().isEmpty() ? p.host().get() : p.host().get().resolve(rel.get());
                for (Path f : matches(hostDir, GlobMatcher.of("*" + p.suffix()))) {
                    String name = f.getFileName().toString();
                    name = name.substring(0, name.length() - p.suffix().length());
                    if (glob.matches(name)) {
                        names.add(name);
                    }
                }
            } else if (!p.target().equals(d) && parent(p.target()).equals(d)
                    && glob.matches(p.target().substring(p.target().lastIndexOf('/') + 1))) {
                names.add(p.target().substring(p.target().lastIndexOf('/') + 1));
            }
        }
        return names.stream().map(n -> (d.equals("/") ? "" : d) + "/" + n).toList();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The regular files of a host folder whose names match, in name order (at most a few hundred). */
    static List<Path> matches(Path dir, GlobMatcher glob) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).filter(f -> glob.matches(f.getFileName().toString()))
                    .sorted().limit(MAX_LISTED).toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
