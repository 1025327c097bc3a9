package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;

import java.util.List;
import java.util.Set;

/**
 * A password made up while the RUN runs, from a random source: {@code echo "root:$(openssl rand -base64 12)"}.
 * The history keeps the command substitution, not the password, and nobody knows the value the layer's hash is
 * of: in effect a locked account, not a committed password.
 */
final class RandomPassword {
    private static final Set<String> ECHOES = Set.of("echo", "printf");
    private static final Set<String> GENERATORS = Set.of("pwgen", "uuidgen", "apg", "makepasswd");

    private RandomPassword() {
    }

    /**
     * True when {@code feeder} (the command piped into chpasswd or passwd) is an echo/printf whose every operand
     * gives a random password, after a {@code user:} prefix.
     */
    static boolean fedBy(SimpleCommand feeder) {
        List<ShellWord> operands = feeder.operands();
        return feeder.program().filter(ECHOES::contains).isPresent() && !operands.isEmpty()
                && operands.stream().allMatch(w -> random(w.value().substring(w.value().indexOf(':') + 1)));
    }

    /** {@code $(...)} or {@code `...`} whose script reads a random source. */
    private static boolean random(String password) {
        boolean substitution = password.startsWith("$(") && password.endsWith(")") && !password.startsWith("$((");
        boolean backquoted = password.length() > 1 && password.startsWith("`") && password.endsWith("`");
        if (!substitution && !backquoted) {
            return false;
        }
        String script = password.substring(substitution ? 2 : 1, password.length() - 1);
        return ShellParser.script(script).stream().anyMatch(RandomPassword::generates);
    }

    private static boolean generates(SimpleCommand c) {
        String program = c.program().orElse("");
        return GENERATORS.contains(program)
                || (program.equals("openssl") && !c.args().isEmpty() && c.args().get(0).value().equals("rand"))
                || c.args().stream().anyMatch(w -> w.value().equals("/dev/urandom") || w.value().equals("/dev/random"));
    }
}
