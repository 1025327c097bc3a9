package dev.stacklint.yaml;

/** The Compose-specific YAML tags that steer how an override file merges into the files before it. */
public enum MergeTag {
    NONE,
    /** {@code !reset}: drop the value inherited from earlier files. */
    RESET,
    /** {@code !override}: replace the inherited value instead of merging into it. */
    OVERRIDE;

    static MergeTag of(String tag) {
        return switch (tag) {
            case "!reset" -> RESET;
            case "!override" -> OVERRIDE;
            default -> NONE;
        };
    }
}
