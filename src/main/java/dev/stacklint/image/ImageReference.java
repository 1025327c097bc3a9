package dev.stacklint.image;

import dev.stacklint.source.Interpolation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference, {@code [REGISTRY[:PORT]/]REPOSITORY[:TAG][@DIGEST]}, split the way Docker splits it: the
 * first path element is a registry only when it holds a {@code .} or a {@code :} or is {@code localhost}, and a
 * colon is a tag only after the last {@code /} (so a registry port is never a tag).
 *
 * <p>{@link #name()} is the repository as people and the data tables name it: Docker Hub's hosts and its
 * {@code library/} namespace are dropped ({@code docker.io/library/python}, {@code library/python} and
 * {@code python} are all {@code python}, also through a mirror such as {@code mirror.gcr.io/library/python});
 * any other registry stays part of the name ({@code ghcr.io/org/app}).
 *
 * @param reference  the reference as given (trimmed): in a Dockerfile the text as written, in Compose the
 *                   value after interpolation
 * @param registry   the registry as written ({@code ghcr.io}, {@code localhost:5000}), empty when none is named
 * @param repository the path after the registry, as written ({@code library/python}, {@code tiangolo/uwsgi})
 * @param tag        the tag, if written
 * @param digest     the digest ({@code sha256:...}), if written
 * @param variables  true when the written reference held a {@code $} variable, so its parts are not known
 *                   statically
 */
public record ImageReference(String reference, String registry, String repository, Optional<String> tag,
                             Optional<String> digest, boolean variables) {
    /** Docker Hub's registry, and the other host names it answers to. */
    public static final String DOCKER_HUB = "docker.io";
    private static final Set<String> HUB_HOSTS = Set.of(DOCKER_HUB, "index.docker.io", "registry-1.docker.io");
    private static final String LIBRARY = "library/";
    private static final Pattern VERSION = Pattern.compile("^v?(\\d+(?:\\.\\d+)*)");

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
            + "[A-Za-z0-9])?)*(?::\\d+)?/)";
    /** The distribution reference grammar: [domain/]path-components[:tag][@algorithm:hex]. */
    private static final Pattern WELL_FORMED = Pattern.compile(DOMAIN + "?" + COMPONENT + "(?:/" + COMPONENT + ")*"
            + "(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?");

    /** True when {@code reference} (with no variables left) is one Docker would accept as an image name. */
    public static boolean wellFormed(String reference) {
        return WELL_FORMED.matcher(reference).matches();
    }

    /** A reference as written; {@link #variables()} is true when it holds a {@code $}. */
    public static ImageReference parse(String reference) {
        return parse(reference, false);
    }

    /**
     * A reference whose variables may already be substituted ({@code writtenWithVariables}: the written text held
     * some, as Compose's interpolation reports).
     */
    public static ImageReference parse(String reference, boolean writtenWithVariables) {
        String ref = reference.trim();
        boolean variables = writtenWithVariables || !Interpolation.literal(ref);
        Optional<String> digest = Optional.empty();
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        String registry = "";
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        return new ImageReference(ref, registry, rest, tag, digest, variables);
    }

    /** The registry host in lower case, {@code docker.io} for Docker Hub under any of its names or none. */
    public String host() {
        return host(registry);
    }

    /** A registry name in lower case, {@code docker.io} for Docker Hub under any of its names or none. */
    public static String host(String registry) {
        String r = registry.trim().toLowerCase(Locale.ROOT);
        return r.isEmpty() || HUB_HOSTS.contains(r) ? DOCKER_HUB : r;
    }

    /** True when the image comes from Docker Hub. */
    public boolean dockerHub() {
        return host().equals(DOCKER_HUB);
    }

    /**
     * The normalised repository in lower case, without tag and digest: {@code python} for
     * {@code docker.io/library/python:3.12}, {@code bitnami/redis} for {@code docker.io/bitnami/redis},
     * {@code ghcr.io/org/app} for {@code ghcr.io/org/app:1}.
     */
    public String name() {
        String path = repository.toLowerCase(Locale.ROOT);
        String name = dockerHub() ? path : host() + "/" + path;
        int library = name.lastIndexOf(LIBRARY);
        if (library == 0 || (library > 0 && name.charAt(library - 1) == '/')) {
            name = name.substring(library + LIBRARY.length()); // official images, also through mirrors
        }
        return name;
    }

    /**
     * True for a bare name on Docker Hub ({@code shop}, {@code python}): no registry and no namespace. Such a name
     * that a project builds is nobody's published image, so a pull of it fails and the local build is taken.
     */
    public boolean bareName() {
        return dockerHub() && !name().contains("/");
    }

    /** The image as Docker names it locally: its normalised name and tag ({@code latest} when none is written). */
    public String localIdentity() {
        return name() + ":" + tag.orElse("latest");
    }

    /** True when a tag or a digest says which image is meant. */
    public boolean pinned() {
        return tag.isPresent() || digest.isPresent();
    }

    /** True when the tag or the digest is (partly) a variable: which version is built is then decided later. */
    public boolean versionVariable() {
        return tag.orElse("").contains("$") || digest.orElse("").contains("$");
    }

    /** The leading version of the tag by components: {@code [3, 8, 18]} for {@code 3.8.18-slim-bookworm}. */
    public List<String> version() {
        Matcher m = VERSION.matcher(tag.orElse(""));
        return m.find() ? Arrays.asList(m.group(1).split("\\.")) : List.of();
    }

    /** The tag's dash-separated parts in lower case ({@code 3.11}, {@code slim}, {@code buster}). */
    public List<String> tagParts() {
        return tag.map(t -> Arrays.asList(t.toLowerCase(Locale.ROOT).split("-"))).orElse(List.of());
    }

    @Override
    public String toString() {
        return reference;
    }
}
