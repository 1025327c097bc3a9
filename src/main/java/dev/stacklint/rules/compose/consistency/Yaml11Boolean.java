package dev.stacklint.rules.compose.consistency;

import dev.stacklint.compose.ComposeProject;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.ScalarKind;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SL225: an unquoted {@code yes}, {@code no}, {@code on} or {@code off} where Compose expects a boolean or a string.
 * YAML 1.2, which Compose reads, makes them strings; YAML 1.1 (docker-compose v1, PyYAML-based tools) makes them
 * booleans. In a boolean field Compose converts them itself with a warning; in a string field ({@code restart},
 * environment, labels, build args) another tool reads {@code False} where Compose reads {@code no}. Read from each
 * file as written, so a value shared through an anchor is reported once.
 */
public final class Yaml11Boolean implements ComposeRule {
    static final RuleMeta META = new RuleMeta("SL225", "yaml11-boolean", Severity.WARNING,
            "An unquoted yes/no/on/off stands where Compose expects a boolean or a string.");
    private static final Pattern YAML11 = Pattern.compile("yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF");
    private static final Pattern YAML11_SHORT = Pattern.compile("y|Y|n|N");
    private static final Set<String> SERVICE_BOOLEANS = Set.of("privileged", "read_only", "tty", "stdin_open",
            "init", "oom_kill_disable");
    private static final Set<String> RESOURCE_BOOLEANS = Set.of("external", "internal", "attachable", "enable_ipv6");
    /** Paths below a service, {@code *} for any key or item, whose value is a boolean. */
    private static final List<List<String>> BOOLEAN_PATHS = List.of(List.of("healthcheck", "disable"),
            List.of("depends_on", "*", "required"), List.of("depends_on", "*", "restart"),
            List.of("build", "no_cache"), List.of("build", "pull"), List.of("build", "privileged"),
            List.of("volumes", "*", "read_only"), List.of("volumes", "*", "bind", "create_host_path"),
            List.of("volumes", "*", "volume", "nocopy"), List.of("env_file", "*", "required"));
    /** Paths below a service whose value is a string. */
    private static final List<List<String>> STRING_PATHS = List.of(List.of("restart"),
            List.of("environment", "*"), List.of("labels", "*"), List.of("annotations", "*"),
            List.of("build", "args", "*"), List.of("build", "labels", "*"), List.of("deploy", "labels", "*"));

    @Override
    public void check(ComposeProject project, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (ComposeProject.Document doc : project.documents()) {
            doc.root().mapping("services").ifPresent(services -> services.entries().forEach(service -> {
                if (service.value() instanceof YamlMapping s) {
                    s.entries().stream().filter(e -> SERVICE_BOOLEANS.contains(e.name()))
                            .forEach(e -> judge(e.value(), true, reporter, reported));
                    BOOLEAN_PATHS.forEach(p -> at(s, p, 0).forEach(v -> judge(v, true, reporter, reported)));
                    STRING_PATHS.forEach(p -> at(s, p, 0).forEach(v -> judge(v, false, reporter, reported)));
                }
            }));
            for (String section : List.of("networks", "volumes", "secrets", "configs")) {
                doc.root().mapping(section).ifPresent(m -> m.entries().forEach(r -> {
                    if (r.value() instanceof YamlMapping def) {
                        def.entries().stream().filter(e -> RESOURCE_BOOLEANS.contains(e.name()))
                                .forEach(e -> judge(e.value(), true, reporter, reported));
                    }
                }));
            }
        }
    }

    /** The values at {@code path} from index {@code i} below {@code node}. */
    private static List<YamlNode> at(YamlNode node, List<String> path, int i) {
        if (i == path.size()) {
            return List.of(node);
        }
        String key = path.get(i);
        List<YamlNode> next = new ArrayList<>();
        if (node instanceof YamlMapping m) {
            if (key.equals("*")) {
                m.entries().stream().map(YamlEntry::value).forEach(next::add);
            } else {
                m.get(key).ifPresent(next::add);
            }
        } else if (node instanceof YamlSequence seq && key.equals("*")) {
            next.addAll(seq.items());
        }
        return next.stream().flatMap(n -> at(n, path, i + 1).stream()).toList();
    }

    private static void judge(YamlNode node, boolean booleanField, Reporter reporter, Set<Origin> reported) {
        if (!(node instanceof YamlScalar s) || s.kind() != ScalarKind.STRING
                || !s.origin().file().slice(s.origin().span()).equals(s.value())) {
            return;
        }
        boolean yaml11 = YAML11.matcher(s.value()).matches()
                || (booleanField && YAML11_SHORT.matcher(s.value()).matches());
        if (!yaml11 || !reported.add(s.origin())) {
            return;
        }
        boolean truth = s.value().toLowerCase(java.util.Locale.ROOT).matches("y|yes|on");
        String message = booleanField
                ? "`" + s.value() + "` is a YAML 1.1 boolean: YAML 1.2 reads it as a string, and Compose converts it "
                        + "with a warning; write `" + truth + "`"
                : "`" + s.value() + "` unquoted is the boolean " + (truth ? "True" : "False") + " to YAML 1.1 tools "
                        + "(docker-compose v1, PyYAML) but the string \"" + s.value() + "\" to Compose; quote it: `\""
                        + s.value() + "\"`";
        reporter.report(s.origin().file(), s.origin().span(), message);
    }
}
