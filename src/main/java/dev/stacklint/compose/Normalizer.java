package dev.stacklint.compose;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Origin;
import dev.stacklint.source.Span;
import dev.stacklint.yaml.MergeTag;
import dev.stacklint.yaml.ScalarKind;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Rewrites short syntax into the long form, as Compose does before merging, so that merging and the model see
 * one shape: {@code "8000:5000"} becomes {@code {published: "8000", target: "5000"}}, {@code - KEY=value} becomes
 * {@code KEY: value}, {@code depends_on: [db]} becomes {@code depends_on: {db: {}}} and so on. Every node made
 * here stands at the part of the text it came from. Short-syntax strings that cannot be parsed are SL003
 * findings (unless they came from variables) and are dropped from the model.
 */
final class Normalizer {
    private static final Set<String> SELINUX = Set.of("z", "Z");
    private static final Set<String> PROPAGATION = Set.of("shared", "rshared", "slave", "rslave", "private", "rprivate");
    private static final Set<String> CONSISTENCY = Set.of("consistent", "cached", "delegated");

    private final Problems problems;

    Normalizer(Problems problems) {
        this.problems = problems;
    }

    YamlMapping document(YamlMapping root) {
        return transform(root, e -> switch (e.name()) {
            case "services" -> mapValues(e, this::service);
            case "include" -> listItems(e, wrapScalars("path"));
            default -> e.value();
        });
    }

    private YamlNode service(YamlNode node) {
        if (!(node instanceof YamlMapping service)) {
            return node;
        }
        return transform(service, e -> switch (e.name()) {
            case "environment", "labels", "annotations", "sysctls" -> keyValues(e.value(), "=");
            case "extra_hosts" -> keyValues(e.value(), null);
            case "build" -> build(e.value());
            case "depends_on" -> listToMap(e.value(), item -> emptyMapping(item.origin()));
            case "networks" -> listToMap(e.value(), item -> YamlScalar.synthetic("", item.origin()).asNull());
            case "ports" -> listItems(e, this::port);
            case "volumes" -> listItems(e, this::volume);
            case "secrets", "configs" -> listItems(e, wrapScalars("source"));
            case "env_file" -> envFiles(e.value());
            case "extends" -> e.value() instanceof YamlScalar s ? wrap(s, "service") : e.value();
            default -> e.value();
        });
    }

    private YamlNode build(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() != ScalarKind.NULL) {
            return wrap(s, "context");
        }
        if (node instanceof YamlMapping m) {
            return transform(m, e -> switch (e.name()) {
                case "args", "labels", "additional_contexts" -> keyValues(e.value(), "=");
                case "extra_hosts" -> keyValues(e.value(), null);
                default -> e.value();
            });
        }
        return node;
    }

    private YamlNode envFiles(YamlNode node) {
        if (node instanceof YamlScalar s && s.kind() != ScalarKind.NULL) {
            return new YamlSequence(List.of(wrap(s, "path")), s.origin(), s.mergeTag());
        }
        if (node instanceof YamlSequence seq) {
            return seq.withItems(seq.items().stream().map(wrapScalars("path")).toList());
        }
        return node;
    }

    /** {@code - KEY=value} / {@code - KEY} list items become {@code KEY: value} / {@code KEY: null}. */
    private YamlNode keyValues(YamlNode node, String separator) {
        if (!(node instanceof YamlSequence seq)) {
            return node;
        }
        List<YamlEntry> entries = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlScalar s) || s.kind() == ScalarKind.NULL) {
                continue;
            }
            String text = s.text();
            int at = separator != null ? text.indexOf(separator) : separatorOfHost(text);
            if (at < 0) {
                YamlScalar key = s.part(0, text.length());
                entries.add(new YamlEntry(key, YamlScalar.synthetic("", new Origin(s.origin().file(),
                        Span.at(key.origin().span().end()))).asNull()));
            } else {
                entries.add(new YamlEntry(s.part(0, at), s.part(at + 1, text.length())));
            }
        }
        return new YamlMapping(entries, seq.origin(), seq.mergeTag());
    }

    /** extra_hosts items are {@code host=ip} or {@code host:ip}. */
    private static int separatorOfHost(String text) {
        int eq = text.indexOf('=');
        return eq >= 0 ? eq : text.indexOf(':');
    }

    private YamlNode listToMap(YamlNode node, UnaryOperator<YamlNode> valueFor) {
        if (!(node instanceof YamlSequence seq)) {
            return node;
        }
        List<YamlEntry> entries = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlScalar s && s.kind() != ScalarKind.NULL) {
                entries.add(new YamlEntry(s, valueFor.apply(s)));
            }
        }
        return new YamlMapping(entries, seq.origin(), seq.mergeTag());
    }

    private YamlNode port(YamlNode item) {
        if (!(item instanceof YamlScalar s) || s.kind() == ScalarKind.NULL || s.kind() == ScalarKind.BOOL) {
            return item;
        }
        String text = s.text();
        try {
            PortSyntax.Parts p = PortSyntax.parse(text);
            List<YamlEntry> entries = new ArrayList<>();
            add(entries, s, "host_ip", part(s, p.hostIp()));
            add(entries, s, "published", part(s, p.published()));
            add(entries, s, "target", part(s, p.target()));
            add(entries, s, "protocol", part(s, p.protocol()));
            return new YamlMapping(entries, s.origin(), s.mergeTag());
        } catch (IllegalArgumentException e) {
            invalid(s, "port", e.getMessage());
            return item;
        }
    }

    private YamlNode volume(YamlNode item) {
        if (!(item instanceof YamlScalar s) || s.kind() != ScalarKind.STRING) {
            return item;
        }
        String text = s.text();
        try {
            VolumeSyntax.Parts p = VolumeSyntax.parse(text);
            List<YamlEntry> entries = new ArrayList<>();
            YamlScalar source = part(s, p.source());
            String type = source != null && VolumeSyntax.isHostPath(source.value()) ? "bind" : "volume";
            add(entries, s, "type", YamlScalar.synthetic(type, s.origin()));
            add(entries, s, "source", source);
            add(entries, s, "target", part(s, p.target()));
            if (p.mode() != null) {
                mode(entries, s, p.mode().from(), p.mode().to());
            }
            return new YamlMapping(entries, s.origin(), s.mergeTag());
        } catch (IllegalArgumentException e) {
            invalid(s, "volume", e.getMessage());
            return item;
        }
    }

    /** Mode options such as {@code ro}, {@code rw,z}, {@code nocopy}, {@code rshared} become long-form keys. */
    private void mode(List<YamlEntry> entries, YamlScalar s, int from, int to) {
        List<YamlEntry> bind = new ArrayList<>();
        List<YamlEntry> volume = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && s.value().charAt(i) != ',') {
                continue;
            }
            YamlScalar option = s.part(start, i);
            String o = option.value();
            if (o.equals("ro") || o.equals("rw")) {
                add(entries, s, "read_only", new YamlScalar(Boolean.toString(o.equals("ro")), ScalarKind.BOOL,
                        option.origin(), -1, s.usesVariables(), MergeTag.NONE));
            } else if (SELINUX.contains(o)) {
                add(bind, s, "selinux", option);
            } else if (PROPAGATION.contains(o)) {
                add(bind, s, "propagation", option);
            } else if (CONSISTENCY.contains(o)) {
                add(entries, s, "consistency", option);
            } else if (o.equals("nocopy")) {
                add(volume, s, "nocopy", new YamlScalar("true", ScalarKind.BOOL, option.origin(), -1, false, MergeTag.NONE));
            }
            start = i + 1;
        }
        if (!bind.isEmpty()) {
            entries.add(new YamlEntry(YamlScalar.synthetic("bind", s.origin()), new YamlMapping(bind, s.origin(), MergeTag.NONE)));
        }
        if (!volume.isEmpty()) {
            entries.add(new YamlEntry(YamlScalar.synthetic("volume", s.origin()),
                    new YamlMapping(volume, s.origin(), MergeTag.NONE)));
        }
    }

    private void invalid(YamlScalar s, String what, String why) {
        if (!s.usesVariables()) {
            problems.schema(s.origin(), "`" + s.text() + "` is not a valid " + what + ": " + why);
        }
    }

    private static void add(List<YamlEntry> entries, YamlScalar at, String key, YamlNode value) {
        if (value != null) {
            entries.add(new YamlEntry(YamlScalar.synthetic(key, at.origin()), value));
        }
    }

    /** The scalar for one part of a short-syntax string; null for an absent part. */
    private static YamlScalar part(YamlScalar s, Part p) {
        return p == null ? null : s.part(p.from(), p.to());
    }

    private static YamlMapping wrap(YamlScalar s, String key) {
        return new YamlMapping(List.of(new YamlEntry(YamlScalar.synthetic(key, s.origin()), s.withTag(MergeTag.NONE))),
                s.origin(), s.mergeTag());
    }

    /** A list item given as a plain string becomes the mapping {@code {key: string}}; other items stay. */
    private static UnaryOperator<YamlNode> wrapScalars(String key) {
        return item -> item instanceof YamlScalar s ? wrap(s, key) : item;
    }

    private static YamlMapping emptyMapping(Origin origin) {
        return new YamlMapping(List.of(), origin, MergeTag.NONE);
    }

    private static YamlNode mapValues(YamlEntry e, UnaryOperator<YamlNode> f) {
        if (!(e.value() instanceof YamlMapping m)) {
            return e.value();
        }
        return m.withEntries(m.entries().stream().map(x -> new YamlEntry(x.key(), f.apply(x.value()))).toList());
    }

    private static YamlNode listItems(YamlEntry e, UnaryOperator<YamlNode> f) {
        if (!(e.value() instanceof YamlSequence seq)) {
            return e.value();
        }
        return seq.withItems(seq.items().stream().map(f).toList());
    }

    private static YamlMapping transform(YamlMapping m, Function<YamlEntry, YamlNode> f) {
        return m.withEntries(m.entries().stream().map(e -> new YamlEntry(e.key(), f.apply(e))).toList());
    }
}
