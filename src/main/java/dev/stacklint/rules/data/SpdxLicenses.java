package dev.stacklint.rules.data;

import dev.stacklint.data.DataTable;
import dev.stacklint.data.Lazy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The SPDX licence and exception identifiers (rules/data/spdx-licenses.yaml), compared without case. */
public final class SpdxLicenses {
    private static final String TABLE = "spdx-licenses.yaml";
    private static final Lazy<SpdxLicenses> BUILTIN = DataTable.lazy(TABLE, SpdxLicenses::of);

    private final Set<String> licenses;
    private final Set<String> exceptions;

    private SpdxLicenses(Set<String> licenses, Set<String> exceptions) {
        this.licenses = Set.copyOf(licenses);
        this.exceptions = Set.copyOf(exceptions);
    }

    public static SpdxLicenses builtin() {
        return BUILTIN.get();
    }

    public boolean license(String id) {
        return licenses.contains(id.toLowerCase(Locale.ROOT));
    }

    public boolean exception(String id) {
        return exceptions.contains(id.toLowerCase(Locale.ROOT));
    }

    private static SpdxLicenses of(DataTable table) {
        Set<String> licenses = new HashSet<>();
        Set<String> exceptions = new HashSet<>();
        for (Map<String, Object> entry : table.list("lists")) {
            String kind = DataTable.string(entry, "kind");
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
