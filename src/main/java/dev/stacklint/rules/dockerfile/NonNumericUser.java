package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.Target;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DL3066: USER names a user (or group) rather than a numeric id. An id taken from a variable that an earlier ARG
 * or ENV declares is fine.
 */
public final class NonNumericUser implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL3066", "non-numeric-user", Severity.INFO, Target.DOCKERFILE,
            "USER gives a name rather than a numeric id, which the platform cannot check for non-root.");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Dockerfile dockerfile, Reporter reporter) {
        Set<String> declared = new HashSet<>();
        for (Instruction instruction : dockerfile.instructions()) {
            switch (instruction.effective()) {
                case Instruction.Arg arg -> arg.declarations().forEach(d -> declared.add(d.name().value()));
                case Instruction.Env env -> env.pairs().stream().map(KeyValue::key)
                        .forEach(k -> declared.add(k.value()));
                case Instruction.User user -> {
                    String value = user.user().value();
                    if (!numericOrDeclared(value, declared)) {
                        reporter.report(user.user().span(), "USER " + value + " is a name: Kubernetes (runAsNonRoot) "
                                + "and other platforms can only tell a numeric uid from root, so write the id, e.g. "
                                + "USER 10001:10001");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean numericOrDeclared(String value, Set<String> declared) {
        for (String part : value.split(":", -1)) {
            Matcher m = REFERENCE.matcher(part);
            if (m.find()) {
                if (!declared.contains(m.group(1))) {
                    return false;
                }
            } else if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
