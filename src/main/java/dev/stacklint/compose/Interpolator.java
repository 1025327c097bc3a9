package dev.stacklint.compose;

import dev.stacklint.compose.yaml.LoadProblem.Level;
import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.ScalarKind;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link Template} substitution to every string value of a document (keys are never interpolated).
 * Substituted scalars keep their origin, so findings still point at what the user wrote; a bad reference is
 * an SL005 finding at its {@code $} and leaves the value as written. A required variable that is not set is an
 * error when the project keeps its variables in an env file; without one it is only info: the value comes from
 * the environment the project is deployed in (a CI secret, the server's shell), which the linter does not see.
 */
final class Interpolator {
    private final Map<String, String> variables;
    private final boolean fromEnvFile;
    private final Problems problems;
    private final List<UnsetVariable> unset;

    /** @param unset receives every reference to an unset variable, so values holding one are known to be unknown */
    Interpolator(Map<String, String> variables, boolean fromEnvFile, Problems problems, List<UnsetVariable> unset) {
        this.variables = variables;
        this.fromEnvFile = fromEnvFile;
        this.problems = problems;
        this.unset = unset;
    }

    YamlNode apply(YamlNode node) {
        return switch (node) {
            case YamlScalar s -> scalar(s);
            case YamlSequence s -> {
                List<YamlNode> items = new ArrayList<>(s.items().size());
                s.items().forEach(i -> items.add(apply(i)));
                yield s.withItems(items);
            }
            case YamlMapping m -> {
                List<YamlEntry> entries = new ArrayList<>(m.entries().size());
                m.entries().forEach(e -> entries.add(new YamlEntry(e.key(), apply(e.value()))));
                yield m.withEntries(entries);
            }
        };
    }

    private YamlScalar scalar(YamlScalar s) {
        if (s.kind() != ScalarKind.STRING || s.value().indexOf('$') < 0) {
            return s;
        }
        try {
            return substituted(s, Template.substitute(s.value(), name -> Optional.ofNullable(variables.get(name))));
        } catch (Template.Error e) {
            Origin at = new Origin(s.origin().file(), s.spanOf(e.start(), e.end()));
            if (!e.unset()) {
                problems.interpolation(at, e.getMessage());
                return s.withValue(s.value(), true);
            }
            if (problems.firstMentionOfUnset(e.unsetName().get())) { // once per variable, however often used
                if (fromEnvFile) {
                    problems.interpolation(at, e.getMessage());
                } else {
                    problems.interpolation(at, Level.INFO, e.getMessage() + " (there is no .env beside the Compose"
                            + " file, so the environment `docker compose` runs in must set it)");
                }
            }
            // the deployment sets it: its value is unknown here, as an unset variable's is, not the text as written
            // (`${DATA_DIR:?required}:/data` read as written is a volume named `${DATA_DIR`)
            try {
                return substituted(s, Template.substituteRequiredAsUnset(s.value(),
                        name -> Optional.ofNullable(variables.get(name))));
            } catch (Template.Error malformed) {
                unset.add(new UnsetVariable(e.unsetName().get(), at, fromEnvFile));
                return s.withValue(s.value(), true);
            }
        }
    }

    private YamlScalar substituted(YamlScalar s, Template.Result r) {
        r.unset().forEach(ref -> unset.add(new UnsetVariable(ref.name(),
                new Origin(s.origin().file(), s.spanOf(ref.start(), ref.end())), fromEnvFile)));
        return s.withValue(r.value(), r.usesVariables());
    }
}
