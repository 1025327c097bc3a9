package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;

import java.util.Set;

/** A package manager command that asks for confirmation unless a "yes" option is given (yum, dnf, zypper). */
abstract class NonInteractiveRule extends RunCommandRule {
    private final Set<String> programs;
    private final Set<String> verbs;
    private final char shortOption;
    private final String[] longOptions;
    private final String fix;

    /**
     * @param programs    the programs' base names
     * @param verbs       the subcommands that ask for confirmation
     * @param shortOption the short option that answers yes ({@code y})
     * @param fix         what to add, for the message
     * @param longOptions the other options that answer yes
     */
    NonInteractiveRule(Set<String> programs, Set<String> verbs, char shortOption, String fix, String... longOptions) {
        this.programs = programs;
        this.verbs = verbs;
        this.shortOption = shortOption;
        this.fix = fix;
        this.longOptions = longOptions;
    }

    @Override
    final void check(SimpleCommand command, Reporter reporter) {
        PackageCommand.rpm(command, programs)
                .filter(p -> verbs.contains(p.action()))
                .filter(p -> !p.hasShort(shortOption) && !p.hasLong(longOptions))
                .ifPresent(p -> reporter.report(p.verb().span(), command.program().orElse("") + " "
                        + p.action() + " asks for confirmation and the build has no one to answer it: add "
                        + fix));
    }
}
