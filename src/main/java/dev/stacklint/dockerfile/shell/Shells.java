package dev.stacklint.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Bourne-family shells, by program name: what {@code sh -c '...'}, {@code curl ... | bash} and the like run. */
public final class Shells {
    private static final Set<String> NAMES = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    private Shells() {
    }

    /** True when {@code program} (a base name, {@code bash}) is one of these shells. */
    public static boolean is(String program) {
        return NAMES.contains(program);
    }

    /**
     * How a shell is called, from its arguments: the operand at {@code operand} is a script's text when
     * {@code command} ({@code sh -c TEXT}, {@code bash -euxc TEXT}), else a script file ({@code sh run.sh}).
     */
    public record Invocation(int operand, boolean command) {
    }

    /**
     * Reads a shell's options ({@code -e}, {@code -o pipefail}, {@code -xc}, {@code --login}) up to {@code --} or
     * the first operand; empty when there is no operand (an interactive shell).
     */
    public static Optional<Invocation> invocation(List<String> args) {
        int k = 0;
        boolean command = false;
        while (k < args.size() && args.get(k).startsWith("-") && !args.get(k).equals("-")) {
            String opt = args.get(k);
            if (opt.equals("--")) {
                k++;
                break;
            }
            command |= !opt.startsWith("--") && opt.indexOf('c') > 0;
            k += opt.equals("-o") ? 2 : 1;
        }
        return k < args.size() ? Optional.of(new Invocation(k, command)) : Optional.empty();
    }
}
