package dev.stacklint.rules.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference reduced to what the data tables match on: the repository as people name it
 * ({@code postgres} for {@code docker.io/library/postgres}, {@code ghcr.io/org/app} keeps its registry) and the tag.
 *
 * @param name the normalised repository, lower case
 * @param tag  the tag, if written
 */
public record ImageName(String name, Optional<String> tag) {
    private static final Pattern VERSION = Pattern.compile("^v?(\\d+(?:\\.\\d+)*)");
    private static final List<String> HUB = List.of("docker.io", "index.docker.io", "registry-1.docker.io");

    public static ImageName parse(String reference) {
        String ref = reference.trim();
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = Optional.of(ref.substring(colon + 1));
            ref = ref.substring(0, colon);
        }
        String name = ref.toLowerCase(Locale.ROOT);
        for (String hub : HUB) {
            if (name.startsWith(hub + "/")) {
                name = name.substring(hub.length() + 1);
            }
        }
        int library = name.lastIndexOf("library/");
        if (library == 0 || (library > 0 && name.charAt(library - 1) == '/')) {
            name = name.substring(library + "library/".length()); // official images, also through mirrors
        }
        return new ImageName(name, tag);
    }

    /** The leading version of the tag by components: {@code [3, 8, 18]} for {@code 3.8.18-slim-bookworm}. */
    public List<String> version() {
        Matcher m = VERSION.matcher(tag.orElse(""));
        return m.find() ? Arrays.asList(m.group(1).split("\\.")) : List.of();
    }

    /** The tag's dash-separated parts ({@code 3.11}, {@code slim}, {@code buster}). */
    public List<String> tagParts() {
        return tag.map(t -> Arrays.asList(t.toLowerCase(Locale.ROOT).split("-"))).orElse(List.of());
    }
}
