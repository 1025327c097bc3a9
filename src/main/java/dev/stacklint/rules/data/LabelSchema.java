package dev.stacklint.rules.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels every image must carry and what each holds ({@code label-schema} in {@code .stacklint.yaml} or in
 * hadolint's {@code .hadolint.yaml}), and whether other labels are refused ({@code strict-labels}). The label rules
 * (DL3049-DL3056, DL3058) do nothing while no schema is configured.
 *
 * @param labels label key (as Docker compares them, with case) → the kind of value it holds, in file order
 */
public record LabelSchema(Map<String, Type> labels, boolean strict) {
    public static final LabelSchema NONE = new LabelSchema(Map.of(), false);

    /** What a schema label holds; {@code key} is how configuration writes it. */
    public enum Type {
        TEXT, URL, SEMVER, HASH, RFC3339, SPDX, EMAIL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Type> of(String key) {
            return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
        }
    }

    public LabelSchema {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public boolean configured() {
        return !labels.isEmpty();
    }
}
