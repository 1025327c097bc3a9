package dev.stacklint.project.command;

import dev.stacklint.source.Origin;

import java.util.Optional;

/**
 * A server setting that names where it writes a log: gunicorn's {@code --access-logfile}, {@code --error-logfile},
 * {@code --log-file} and {@code accesslog}/{@code errorlog} in its config, uWSGI's {@code logto}.
 *
 * @param setting the option or config key as written
 * @param path    the path ({@code -} is standard output or error for gunicorn); empty when not known at lint time
 * @param at      where the path is written
 */
public record LogFile(String setting, Optional<String> path, Origin at) {

    /** True when the log goes to the container's output, which {@code docker logs} shows (or is not known). */
    public boolean toOutput() {
        return path.map(LogFile::isOutput).orElse(true);
    }

    /** {@code -} (gunicorn's standard stream) or a device of the process's standard output or error. */
    public static boolean isOutput(String path) {
        return path.equals("-") || path.equals("/dev/stdout") || path.equals("/dev/stderr")
                || path.equals("/proc/self/fd/1") || path.equals("/proc/self/fd/2") || path.equals("/dev/fd/1")
                || path.equals("/dev/fd/2");
    }

    static LogFile of(String setting, Arg value) {
        return new LogFile(setting, value.dynamic() ? Optional.empty() : Optional.of(value.value()), value.origin());
    }
}
