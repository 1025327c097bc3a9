package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DL3044: a value of an ENV refers to a variable that an earlier pair of the same ENV sets. Docker expands all
 * values of one ENV with the variables from before it, so the reference does not see the new value. Quiet when
 * the variable was already declared before the ENV (then the old value is what the author may well mean).
 */
public final class EnvSelfReference implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3044", "env-self-reference", Severity.ERROR,
            "ENV refers to a variable set earlier in the same ENV, which does not see that value yet.");

    /** {@code $NAME} or {@code ${NAME...}}: the name is group 1 or 2. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i instanceof Instruction.Env);
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Env env) {
                check(env, scopes.get(instruction).variables(), reporter);
            }
        }
    }

    private static void check(Instruction.Env env, Variables before, Reporter reporter) {
        Set<String> setHere = new LinkedHashSet<>();
        for (KeyValue pair : env.pairs()) {
            Matcher m = REFERENCE.matcher(pair.value().value());
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (setHere.contains(name) && !before.isDeclared(name)) {
                    reporter.report(pair.value().span(), "$" + name + " is set earlier in this same ENV, but ENV "
                            + "expands its values with the variables from before the instruction, so this sees the "
                            + "old (often empty) value: set " + name + " in an ENV of its own above this one");
                    break;
                }
            }
            setHere.add(pair.key().value());
        }
    }
}
