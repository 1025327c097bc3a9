package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.FileReference;
import dev.stacklint.compose.Located;
import dev.stacklint.compose.Service;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.RelatedLocation;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SL216: two mounts on one container path in one service: {@code volumes}, {@code tmpfs}, and where
 * {@code secrets} ({@code /run/secrets/<name>} by default) and {@code configs} ({@code /<name>}) land. Reported
 * at the second; the engine refuses a duplicate mount point.
 */
public final class DuplicateMountTarget implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL216", "duplicate-mount-target", Severity.ERROR,
            "Two mounts of one service use the same container path.");

    private record Mount(String path, String kind, Origin at) {
    }

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        for (Service s : project.services().values()) {
            Map<String, Mount> seen = new HashMap<>();
            for (Mount m : mounts(s)) {
                if (m.path().isEmpty()) {
                    continue;
                }
                Mount first = seen.putIfAbsent(m.path(), m);
                if (first != null) {
                    reporter.report(m.at().file(), m.at().span(), Keys.quoted(s.name().value()) + " has "
                            + m.kind() + " on " + m.path() + ", where " + first.kind() + " is already mounted ("
                            + Keys.where(first.at(), m.at()) + "): the container cannot be created with a duplicate"
                            + " mount point; give one of them another path",
                            List.of(RelatedLocation.at(first.at(), first.kind() + " mounted on " + m.path() + " first")));
                }
            }
        }
    }

    private static List<Mount> mounts(Service s) {
        List<Mount> all = new ArrayList<>();
        for (VolumeMount v : s.volumes()) {
            all.add(new Mount(normalized(v.target().value()), v.type() == VolumeMount.Type.VOLUME ? "a volume"
                    : "a " + v.type().name().toLowerCase(java.util.Locale.ROOT) + " mount", v.target().origin()));
        }
        for (Located<String> t : s.isolation().tmpfs()) {
            if (!t.value().isEmpty()) {
                String path = t.value();
                int colon = path.indexOf(':');
                all.add(new Mount(normalized(colon < 0 ? path : path.substring(0, colon)), "a tmpfs", t.origin()));
            }
        }
        for (FileReference f : s.secrets()) {
            String target = f.target().map(t -> t.value().trim()).orElse(f.source().value());
            all.add(new Mount(normalized(target.startsWith("/") ? target : "/run/secrets/" + target),
                    "secret " + Keys.quoted(f.source().value()), f.target().orElse(f.source()).origin()));
        }
        for (FileReference f : s.configs()) {
            String target = f.target().map(t -> t.value().trim()).orElse(f.source().value());
            all.add(new Mount(normalized(target.startsWith("/") ? target : "/" + target),
                    "config " + Keys.quoted(f.source().value()), f.target().orElse(f.source()).origin()));
        }
        return all;
    }

    private static String normalized(String path) {
        String p = path.trim();
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
