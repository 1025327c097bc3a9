package dev.stacklint.rules.data;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The SPDX licence and exception identifiers (rules/data/spdx-licenses.yaml), compared without case. */
public final class SpdxLicenses {
    private static final String TABLE = "spdx-licenses.yaml";
    private static final SpdxLicenses BUILTIN = load();

    private final Set<String> licenses;
    private final Set<String> exceptions;

    private SpdxLicenses(Set<String> licenses, Set<String> exceptions) {
        this.licenses = Set.copyOf(licenses);
        this.exceptions = Set.copyOf(exceptions);
    }

    public static SpdxLicenses builtin() {
        return BUILTIN;
    }

    public boolean license(String id) {
        return licenses.contains(id.toLowerCase(Locale.ROOT));
    }

    public boolean exception(String id) {
        return exceptions.contains(id.toLowerCase(Locale.ROOT));
    }

    private static SpdxLicenses load() {
        Set<String> licenses = new HashSet<>();
        Set<String> exceptions = new HashSet<>();
        for (Map<String, Object> entry : YamlData.load(TABLE, "lists")) {
            String kind = YamlData.string(entry, "kind");
            Set<String> into = switch (kind) {
                case "license" -> licenses;
                case "exception" -> exceptions;
                default -> throw new IllegalStateException(TABLE + ": unknown kind " + kind);
            };
            if (!(entry.get("ids") instanceof List<?> ids)) {
                throw new IllegalStateException(TABLE + ": expected a list 'ids' in each entry");
            }
            ids.forEach(id -> into.add(String.valueOf(id).toLowerCase(Locale.ROOT)));
        }
        return new SpdxLicenses(licenses, exceptions);
    }
}
