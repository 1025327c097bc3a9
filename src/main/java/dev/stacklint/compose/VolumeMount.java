package dev.stacklint.compose;

import dev.stacklint.source.Origin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One service {@code volumes} entry, from the short ({@code ./data:/data:ro}) or long form.
 *
 * @param origin   the whole entry
 * @param type     what is mounted
 * @param source   the volume name or host path; absent for an anonymous volume or a tmpfs
 * @param target   the path in the container
 * @param readOnly mounted read-only
 * @param hostPath for a bind mount, the host path resolved against the project directory; empty when the source
 *                 holds a variable that is not set here
 * @param propagation the long form's {@code bind.propagation} ({@code rshared}...), as written
 * @param consistency {@code consistency} ({@code cached}, {@code delegated}, {@code consistent}), as written
 */
public record VolumeMount(Origin origin, Type type, Optional<Located<String>> source, Located<String> target,
                          boolean readOnly, Optional<Path> hostPath, Optional<Located<String>> propagation,
                          Optional<Located<String>> consistency) {

    public enum Type {
        VOLUME, BIND, TMPFS, NPIPE, CLUSTER, IMAGE;

        static Optional<Type> of(String name) {
            for (Type t : values()) {
                if (t.name().equalsIgnoreCase(name)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** A named volume, which must be declared under top-level {@code volumes}. */
    public boolean isNamedVolume() {
        return type == Type.VOLUME && source.isPresent();
    }

    public boolean isAnonymous() {
        return type == Type.VOLUME && source.isEmpty();
    }
}
