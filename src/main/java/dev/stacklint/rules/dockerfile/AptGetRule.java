package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Reporter;

/** A rule about each {@code apt-get install} a RUN executes. */
abstract class AptGetRule extends RunCommandRule {

    @Override
    final void check(SimpleCommand command, Reporter reporter) {
        PackageCommand.aptGetInstall(command).ifPresent(install -> check(install, reporter));
    }

    abstract void check(PackageCommand install, Reporter reporter);
}
