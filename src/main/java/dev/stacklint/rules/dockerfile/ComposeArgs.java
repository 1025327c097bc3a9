package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;

/** What the variable rules add when a Compose build passes a name that no ARG in scope declares. */
final class ComposeArgs {
    private ComposeArgs() {
    }

    /** A sentence to append to the message, or nothing when no Compose build passes {@code name}. */
    static String note(Builds builds, String name) {
        return builds.buildArgs().contains(name)
                ? " (Compose's build.args passes " + name + ", but Docker ignores a build argument no ARG declares)"
                : "";
    }
}
