package dev.stacklint.rules.data;

import java.util.List;

/**
 * What configuration gives the rules beyond the files: the data tables as extended by {@code deprecated-images}
 * and {@code database-images} in {@code .stacklint.yaml} (entries in the tables' own shape, consulted before the
 * built-in ones), the registries images may come from ({@code trusted-registries}, hadolint's
 * {@code trustedRegistries}), and the tags that float like {@code latest} ({@code floating-tags}).
 *
 * @param trustedRegistries registry hosts, {@code *} wildcards allowed; empty when none are configured
 * @param floatingTags      tags that name no version but whatever is newest on a channel, lower case
 * @param style             the style rules' options (from a {@code .dclintrc})
 */
public record Tables(DatabaseImages databases, DeprecatedImages deprecated, List<String> trustedRegistries,
                     FloatingTags floatingTags, StyleOptions style, LabelSchema labelSchema) {

    public static Tables builtin() {
        return new Tables(DatabaseImages.builtin(), DeprecatedImages.builtin(), List.of(), FloatingTags.BUILTIN,
                StyleOptions.DEFAULT, LabelSchema.NONE);
    }

    /** These tables with another list of floating tags. */
    public Tables withFloatingTags(FloatingTags tags) {
        return new Tables(databases, deprecated, trustedRegistries, tags, style, labelSchema);
    }

    /** These tables with other style options. */
    public Tables withStyle(StyleOptions options) {
        return new Tables(databases, deprecated, trustedRegistries, floatingTags, options, labelSchema);
    }

    /** These tables with a label schema. */
    public Tables withLabelSchema(LabelSchema schema) {
        return new Tables(databases, deprecated, trustedRegistries, floatingTags, style, schema);
    }

    /** These tables with extra entries in front, and these trusted registries. */
    public Tables with(List<DatabaseImages.Entry> extraDatabases, List<DeprecatedImages.Entry> extraDeprecated,
                       List<String> trusted) {
        return new Tables(databases.with(extraDatabases), deprecated.with(extraDeprecated, List.of()), List.copyOf(trusted),
                floatingTags, style, labelSchema);
    }
}
