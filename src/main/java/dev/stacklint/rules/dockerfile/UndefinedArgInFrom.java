package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Builds;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.source.Span;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SL115: a FROM (its image or {@code --platform}) that uses a variable no ARG before the first FROM declares;
 * Docker expands it to the empty string. Docker's predefined platform arguments count as declared, and a reference
 * with a fallback ({@code ${TAG:-latest}}) is not judged.
 */
public final class UndefinedArgInFrom implements DockerfileRule.WithBuilds {
    static final RuleMeta META = new RuleMeta("SL115", "undefined-arg-in-from", Severity.WARNING,
            "A FROM uses a variable that no ARG before the first FROM declares.").alias("UndefinedArgInFrom");

    /** {@code $NAME} or {@code ${NAME}}, without modifier. */
    private static final Pattern PLAIN_REF = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    @Override
    public void check(Dockerfile dockerfile, Builds builds, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i instanceof Instruction.From);
        scopes.forEach((i, scope) -> {
            Instruction.From from = (Instruction.From) i;
            Variables vars = scope.variables();
            report(from.image().value(), from.image().span(), vars, builds, reporter);
            for (Flag flag : from.flags()) {
                if (flag.name().equals("platform")) {
                    report(flag.value(), flag.span(), vars, builds, reporter);
                }
            }
        });
    }

    private static void report(String text, Span span, Variables vars, Builds builds, Reporter reporter) {
        Set<String> undeclared = new LinkedHashSet<>();
        Matcher m = PLAIN_REF.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!vars.isDeclared(name)) {
                undeclared.add(name);
            }
        }
        for (String name : undeclared) {
            String hint = similar(name, vars).map(s -> " (did you mean " + s + "?)").orElse("");
            reporter.report(span, "'" + name + "' is not declared by an ARG before the first FROM, so it expands to"
                    + " the empty string" + hint + ": declare it with ARG " + name + " above the first FROM"
                    + ComposeArgs.note(builds, name));
        }
    }

    private static Optional<String> similar(String name, Variables vars) {
        return vars.args().keySet().stream().filter(a -> a.equalsIgnoreCase(name)).findFirst();
    }
}
