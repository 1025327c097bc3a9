package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One server setting (a host, a port, a bind address) and where it came from: an option, an environment variable,
 * a config file entry, or the server's default.
 *
 * @param value     the value; empty when it cannot be known at lint time
 * @param origin    where it is set, or the command when defaulted
 * @param byDefault nothing set it
 */
record Setting(Optional<String> value, Origin origin, boolean byDefault) {

    static Setting of(Arg arg) {
        return new Setting(arg.dynamic() ? Optional.empty() : Optional.of(arg.value()), arg.origin(), false);
    }

    static Setting of(EnvVar var, Origin fallback) {
        return new Setting(var.value(), var.origin().orElse(fallback), false);
    }

    static Setting byDefault(String value, Origin where) {
        return new Setting(Optional.of(value), where, true);
    }

    static Setting unknown(Origin where) {
        return new Setting(Optional.empty(), where, false);
    }

    /** The value as a TCP port number. */
    OptionalInt port() {
        return value.filter(v -> v.matches("\\d{1,5}")).map(v -> OptionalInt.of(Integer.parseInt(v)))
                .orElse(OptionalInt.empty());
    }

    /** An address from a host setting and a port setting; it points where the host was chosen. */
    static Listen listen(Setting host, Setting port) {
        return new Listen(host.value, port.port(), false, host.byDefault, host.origin);
    }

    /** The option's value, or the variable's, or the default: the first that is set. */
    static Setting first(Optional<Options.Opt> option, String variable, CommandContext ctx, String byDefault,
                         Origin where) {
        if (option.isPresent()) {
            return option.get().value().map(Setting::of).orElse(unknown(option.get().word().origin()));
        }
        Optional<EnvVar> env = variable.isEmpty() ? Optional.empty() : ctx.env(variable);
        if (env.isPresent()) {
            return of(env.get(), where);
        }
        return byDefault(byDefault, where);
    }
}
