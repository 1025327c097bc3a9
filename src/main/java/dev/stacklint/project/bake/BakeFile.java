package dev.stacklint.project.bake;

import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@code docker buildx bake} file ({@code docker-bake.hcl} or {@code docker-bake.json}): its targets, read only as
 * far as the linter needs them (what each builds, and the named contexts it passes).
 *
 * @param source   the file
 * @param targets  its targets by name (a later block of the same name adds to the earlier one, as bake merges them)
 * @param complete false when part of the file could not be read, so a target may build more than is known here
 */
public record BakeFile(SourceFile source, Map<String, BakeTarget> targets, boolean complete) {

    /** True for the names bake reads by default and their variants ({@code docker-bake.prod.hcl}, ...). */
    public static boolean isBakeFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.startsWith("docker-bake") && (n.endsWith(".hcl") || n.endsWith(".json"));
    }

    public static BakeFile read(SourceFile source) {
        return source.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? BakeJson.read(source) : BakeHcl.read(source);
    }

    /** Builds a file from its target blocks in order, merging blocks of one name. */
    static BakeFile of(SourceFile source, List<BakeTarget> blocks, boolean complete) {
        Map<String, BakeTarget> targets = new LinkedHashMap<>();
        for (BakeTarget t : blocks) {
            targets.merge(t.name(), t, (earlier, later) -> new BakeTarget(later.name(),
                    later.context().or(earlier.context()), later.dockerfile().or(earlier.dockerfile()),
                    later.stage().or(earlier.stage()), contexts(earlier.contexts(), later.contexts()),
                    later.inherits().isEmpty() ? earlier.inherits() : later.inherits()));
        }
        return new BakeFile(source, targets, complete);
    }

    /** {@code name} with what it inherits applied (its own attributes win; contexts add up). */
    public BakeTarget flattened(String name) {
        return flattened(name, new HashSet<>());
    }

    private BakeTarget flattened(String name, Set<String> seen) {
        BakeTarget own = targets.get(name);
        if (own == null || !seen.add(name)) {
            return new BakeTarget(name, BakeTarget.Value.absent(), BakeTarget.Value.absent(),
                    BakeTarget.Value.absent(), BakeTarget.Value.absent(), List.of());
        }
        BakeTarget.Value<String> context = own.context();
        BakeTarget.Value<String> dockerfile = own.dockerfile();
        BakeTarget.Value<String> stage = own.stage();
        BakeTarget.Value<Set<String>> names = own.contexts();
        // later parents override earlier ones
        List<String> parents = new ArrayList<>(own.inherits());
        for (int i = parents.size() - 1; i >= 0; i--) {
            BakeTarget p = flattened(parents.get(i), seen);
            context = context.or(p.context());
            dockerfile = dockerfile.or(p.dockerfile());
            stage = stage.or(p.stage());
            names = contexts(p.contexts(), names);
        }
        return new BakeTarget(name, context, dockerfile, stage, names, List.of());
    }

    private static BakeTarget.Value<Set<String>> contexts(BakeTarget.Value<Set<String>> a, BakeTarget.Value<Set<String>> b) {
        if (a.isUnknown() || b.isUnknown()) {
            return BakeTarget.Value.unknown();
        }
        Set<String> all = new HashSet<>(a.literal().orElse(Set.of()));
        all.addAll(b.literal().orElse(Set.of()));
        return a.literal().isEmpty() && b.literal().isEmpty() ? BakeTarget.Value.absent() : BakeTarget.Value.of(all);
    }
}
