package dev.stacklint.project.python;

import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an app's Python logging writes, read at the token level across {@link AppSources}: files given to
 * {@code logging.basicConfig(filename=...)}, to the file handlers ({@code FileHandler}, {@code RotatingFileHandler},
 * {@code TimedRotatingFileHandler}, {@code WatchedFileHandler}) and as a file handler's {@code "filename"} in a
 * {@code dictConfig} dictionary; and whether it also logs to a stream.
 *
 * @param files   the literal file paths, where each is written
 * @param streams the code also makes a {@code StreamHandler} (or calls {@code basicConfig} without a file), so its
 *                logs reach the container's output too
 */
public record AppLogging(List<LogTarget> files, boolean streams) {
    private static final Set<String> FILE_HANDLERS = Set.of("FileHandler", "RotatingFileHandler",
            "TimedRotatingFileHandler", "WatchedFileHandler", "ConcurrentRotatingFileHandler");

    /**
     * One file the app logs to.
     *
     * @param how  what names it ({@code logging.FileHandler}, {@code basicConfig(filename=)}, {@code dictConfig})
     * @param path the path as written
     * @param at   where the path is written
     */
    public record LogTarget(String how, String path, Origin at) {
    }

    public static AppLogging of(AppCode code) {
        List<LogTarget> files = new ArrayList<>();
        boolean streams = false;
        for (AppSources.Module m : AppSources.of(code).modules()) {
            for (LogicalLine line : m.lines()) {
                List<PyToken> t = line.tokens();
                boolean fileConfig = t.stream().anyMatch(x -> x.value().filter(v -> x.kind() == PyToken.Kind.STRING
                        && FILE_HANDLERS.stream().anyMatch(v::endsWith)).isPresent());
                streams |= t.stream().anyMatch(x -> x.text().contains("StreamHandler"));
                for (int i = 0; i + 1 < t.size(); i++) {
                    PyToken tok = t.get(i);
                    if (tok.isName() && t.get(i + 1).is("(")) {
                        streams |= call(m, t, i, files);
                    } else if (fileConfig && tok.kind() == PyToken.Kind.STRING
                            && tok.value().filter("filename"::equals).isPresent() && t.get(i + 1).is(":")
                            && i + 2 < t.size()) {
                        add(files, m, "a dictConfig file handler", t, i + 2);
                    }
                }
            }
        }
        return new AppLogging(List.copyOf(files), streams);
    }

    /** A logging call; true when it is {@code basicConfig} without a file (a stream handler). */
    private static boolean call(AppSources.Module m, List<PyToken> t, int at, List<LogTarget> files) {
        String name = t.get(at).text();
        if (name.equals("basicConfig")) {
            Call c = Call.at(t, at);
            if (!c.hasKeyword("filename")) {
                return !c.hasKeyword("handlers");
            }
            keyword(t, at, "filename").ifPresent(v -> add(files, m, "logging.basicConfig(filename=…)", t, v));
        } else if (FILE_HANDLERS.contains(name)) {
            Call c = Call.at(t, at);
            Optional<Integer> path = c.hasKeyword("filename") ? keyword(t, at, "filename") : Optional.of(at + 2);
            path.ifPresent(v -> add(files, m, "logging." + name, t, v));
        }
        return false;
    }

    /** The index of the token after {@code name=} in the call at {@code at}. */
    private static Optional<Integer> keyword(List<PyToken> t, int at, String name) {
        for (int i = at + 2; i + 2 < t.size(); i++) {
            if (t.get(i).is(name) && t.get(i + 1).is("=")) {
                return Optional.of(i + 2);
            }
        }
        return Optional.empty();
    }

    /** A literal string path: one string token ending the argument; anything else is not known. */
    private static void add(List<LogTarget> files, AppSources.Module m, String how, List<PyToken> t, int i) {
        if (i + 1 >= t.size() || !(t.get(i + 1).is(",") || t.get(i + 1).is(")") || t.get(i + 1).is("}"))) {
            return;
        }
        PyToken value = t.get(i);
        if (value.kind() == PyToken.Kind.STRING && value.value().isPresent() && !value.value().get().isEmpty()) {
            files.add(new LogTarget(how, value.value().get(), new Origin(m.file(), value.span())));
        }
    }
}
