package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

/** DL3011: EXPOSE of a port (or an end of a port range) above 65535. Ports held in variables are not judged. */
public final class InvalidPort extends InstructionRule<Instruction.Expose> {
    static final RuleMeta META = new RuleMeta("DL3011", "invalid-port", Severity.ERROR,
            "EXPOSE names a port outside 0-65535.");

    private static final int MAX_PORT = 65535;

    public InvalidPort() {
        super(Instruction.Expose.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Expose expose, Reporter reporter) {
        for (Word port : expose.ports()) {
            if (outOfRange(port.value())) {
                reporter.report(port.span(), "port " + port.value() + " is outside 0-" + MAX_PORT
                        + ": fix the number");
            }
        }
    }

    /** {@code 80000}, {@code 40000-80000/tcp}: a literal number above the range. */
    private static boolean outOfRange(String port) {
        int slash = port.indexOf('/');
        String numbers = slash < 0 ? port : port.substring(0, slash);
        for (String n : numbers.split("-", -1)) {
            if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)
                    && (n.length() > 5 || Integer.parseInt(n) > MAX_PORT)) {
                return true;
            }
        }
        return false;
    }
}
