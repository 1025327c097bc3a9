package dev.stacklint.rules.stack;

import dev.stacklint.compose.Located;
import dev.stacklint.compose.VolumeMount;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.command.Launch;
import dev.stacklint.project.command.LogFile;
import dev.stacklint.project.command.Server;
import dev.stacklint.project.python.AppLogging;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.source.Origin;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SL317: the app server or the app writes its logs to a file inside the container, so {@code docker logs} (and
 * every log driver) does not see them. A file on a volume or bind mount of the service is taken as deliberate (a
 * log shipper or the host reads it) and not reported.
 */
public final class LogToFile implements StackRule {
    static final RuleMeta META = new RuleMeta("SL317", "log-to-file", Severity.WARNING,
            "The app or its server logs to a file inside the container instead of standard output or error.");

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (Container c : stack.containers()) {
            Optional<String> workdir = c.workingDir();
            List<String> mounts = c.service().map(s -> s.volumes().stream().map(VolumeMount::target)
                    .map(Located::value).toList()).orElse(List.of());
            for (Launch l : c.command().launches()) {
                for (LogFile f : l.logFiles()) {
                    if (!f.toOutput() && !mounted(f.path().get(), workdir, mounts) && reported.add(f.at())) {
                        reporter.report(f.at().file(), f.at().span(), server(l, f));
                    }
                }
                if (l.app().isEmpty()) {
                    continue;
                }
                AppLogging logging = AppLogging.of(l.app().get());
                if (logging.streams()) {
                    continue;
                }
                for (AppLogging.LogTarget t : logging.files()) {
                    if (!LogFile.isOutput(t.path()) && !mounted(t.path(), workdir, mounts) && reported.add(t.at())) {
                        reporter.report(t.at().file(), t.at().span(), "the app logs to `" + t.path() + "` ("
                                + t.how() + ") and to no stream, inside the container: `docker logs` shows none of"
                                + " it and the file grows until the container is removed; log to a"
                                + " `logging.StreamHandler()` (standard error) instead");
                    }
                }
            }
        }
    }

    private static String server(Launch l, LogFile f) {
        String path = f.path().get();
        if (l.server() == Server.UWSGI) {
            return "uWSGI writes its log to `" + path + "` (`" + f.setting() + "`) inside the container: `docker"
                    + " logs` shows none of it; drop the option (uWSGI logs to standard error)";
        }
        boolean access = f.setting().contains("access");
        String fix = f.setting().startsWith("-") ? "`" + f.setting() + " -`"
                : "`" + f.setting() + " = \"-\"`";
        return l.server().label() + " writes its " + (access ? "access" : "error") + " log to `" + path
                + "` inside the container: `docker logs` shows none of it; use " + fix + " (standard "
                + (access ? "output" : "error") + ")";
    }

    /** The file is on a volume or bind mount (relative paths are taken from the working directory). */
    private static boolean mounted(String path, Optional<String> workdir, List<String> mounts) {
        String absolute = path.startsWith("/") ? path : workdir.map(w -> w.replaceAll("/+$", "") + "/" + path)
                .orElse(null);
        if (absolute == null) {
            return false;
        }
        return mounts.stream().map(m -> m.replaceAll("/+$", "")).anyMatch(m -> m.isEmpty()
                || absolute.startsWith(m + "/"));
    }
}
