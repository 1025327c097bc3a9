package dev.stacklint.dockerfile.shell;

import java.util.Set;

/** The Bourne-family shells, by program name: what {@code sh -c '...'}, {@code curl ... | bash} and the like run. */
public final class Shells {
    private static final Set<String> NAMES = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    private Shells() {
    }

    /** True when {@code program} (a base name, {@code bash}) is one of these shells. */
    public static boolean is(String program) {
        return NAMES.contains(program);
    }
}
