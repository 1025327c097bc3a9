package dev.stacklint.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** POSIX paths inside a container (WORKDIR, COPY destinations, mount targets). */
public final class ContainerPaths {
    private ContainerPaths() {
    }

    /** An absolute path without {@code .}, {@code ..}, repeated or trailing slashes. */
    public static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** {@code path} made absolute against {@code workdir}; empty when it is relative and the workdir is unknown. */
    public static Optional<String> absolute(String path, Optional<String> workdir) {
        if (path.startsWith("/")) {
            return Optional.of(normalize(path));
        }
        return workdir.map(w -> normalize(w + "/" + path));
    }

    /** The part of {@code path} below {@code dir} ({@code ""} when equal); empty when it is not below. */
    public static Optional<String> below(String path, String dir) {
        if (path.equals(dir)) {
            return Optional.of("");
        }
        String prefix = dir.equals("/") ? "/" : dir + "/";
        return path.startsWith(prefix) ? Optional.of(path.substring(prefix.length())) : Optional.empty();
    }
}
