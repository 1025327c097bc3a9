package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Fix;
import dev.stacklint.rule.Reporter;

import java.util.Set;

/** A package manager command that asks for confirmation unless a "yes" option is given (yum, dnf, zypper). */
abstract class NonInteractiveRule extends RunCommandRule {
    private final Set<String> programs;
    private final Set<String> verbs;
    private final char shortOption;
    private final String[] longOptions;
    private final String fix;
    private final boolean global;

    /**
     * @param programs    the programs' base names
     * @param verbs       the subcommands that ask for confirmation
     * @param shortOption the short option that answers yes ({@code y})
     * @param fix         what to add, for the message and the fix
     * @param global      the fix goes right after the program (a global option: zypper's {@code -n}, since
     *                    {@code zypper install -n} means {@code --name}); otherwise right after the subcommand
     * @param longOptions the other options that answer yes
     */
    NonInteractiveRule(Set<String> programs, Set<String> verbs, char shortOption, String fix, boolean global,
                       String... longOptions) {
        this.programs = programs;
        this.verbs = verbs;
        this.shortOption = shortOption;
        this.fix = fix;
        this.global = global;
        this.longOptions = longOptions;
    }

    @Override
    final void check(Instruction.Run run, SimpleCommand command, Reporter reporter) {
        PackageCommand.rpm(command, programs)
                .filter(p -> verbs.contains(p.action()))
                .filter(p -> !p.hasShort(shortOption) && !p.hasLong(longOptions))
                .ifPresent(p -> reporter.report(p.verb().span(), command.program().orElse("") + " "
                        + p.action() + " asks for confirmation and the build has no one to answer it: add "
                        + fix, fix(run, p)));
    }

    /** {@code fix} after the program or after the whole action ({@code dnf module install -y}); null if not editable. */
    private Fix fix(Instruction.Run run, PackageCommand p) {
        boolean twoWords = p.action().indexOf(' ') > 0;
        ShellWord after = global ? p.command().words().get(0) : twoWords ? p.packages().get(0) : p.verb();
        return RunEdits.insertAfter(run, after, fix)
                .map(edit -> Fix.safe("add " + fix + " to " + p.command().program().orElse("") + " " + p.action(), edit))
                .orElse(null);
    }
}
