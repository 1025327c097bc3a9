package dev.stacklint.rules.data;

import java.util.List;

/**
 * What configuration gives the rules beyond the files: the data tables as extended by {@code deprecated-images}
 * and {@code database-images} in {@code .stacklint.yaml} (entries in the tables' own shape, consulted before the
 * built-in ones), and the registries images may come from ({@code trusted-registries}, hadolint's
 * {@code trustedRegistries}).
 *
 * @param trustedRegistries registry hosts, {@code *} wildcards allowed; empty when none are configured
 */
public record Tables(DatabaseImages databases, DeprecatedImages deprecated, List<String> trustedRegistries) {

    public static Tables builtin() {
        return new Tables(DatabaseImages.builtin(), DeprecatedImages.builtin(), List.of());
    }

    /** These tables with extra entries in front, and these trusted registries. */
    public Tables with(List<DatabaseImages.Entry> extraDatabases, List<DeprecatedImages.Entry> extraDeprecated,
                       List<String> trusted) {
        return new Tables(databases.with(extraDatabases), deprecated.with(extraDeprecated, List.of()), List.copyOf(trusted));
    }
}
