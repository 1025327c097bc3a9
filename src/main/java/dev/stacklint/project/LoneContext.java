package dev.stacklint.project;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The build context of a Dockerfile that no Compose file builds, so that nothing says which it is. A Dockerfile in a
 * subfolder is often built with a folder above as the context ({@code docker build -f docker/Dockerfile .}): the
 * context is the nearest folder, from the Dockerfile's own up to {@code top}, that holds the most of what its COPY
 * and ADD instructions name from the context. When they name nothing by path ({@code COPY . .} alone), or no folder
 * holds any of what they name, it is the nearest folder with a {@code .dockerignore}, since that is the file the
 * author wrote for the build; else the Dockerfile's own folder.
 */
final class LoneContext {
    private static final Pattern PATTERN_OR_VARIABLE = Pattern.compile(".*[*?\\[$].*");

    private LoneContext() {
    }

    static Path of(Dockerfile dockerfile, Path top) {
        Path own = dockerfile.source().path().toAbsolutePath().normalize().getParent();
        Path bound = top.toAbsolutePath().normalize();
        List<Path> candidates = new ArrayList<>();
        for (Path d = own; d != null && d.startsWith(bound); d = d.getParent()) {
            candidates.add(d);
        }
        if (candidates.isEmpty()) {
            return own;
        }
        List<String> sources = namedSources(dockerfile);
        Path best = own;
        long most = present(own, sources);
        for (Path d : candidates) {
            long n = present(d, sources);
            if (n > most) {
                best = d;
                most = n;
            }
        }
        if (most > 0) {
            return best;
        }
        // nothing named is found anywhere (or nothing is named): the .dockerignore is the one sign left
        return candidates.stream().filter(d -> Files.isRegularFile(d.resolve(".dockerignore"))).findFirst()
                .orElse(own);
    }

    private static long present(Path dir, List<String> sources) {
        return sources.stream().filter(s -> Files.exists(dir.resolve(s))).count();
    }

    /** The context paths the COPY/ADD instructions name literally (not `.`, globs, variables, URLs, heredocs). */
    private static List<String> namedSources(Dockerfile dockerfile) {
        List<String> out = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            FileCopy.of(i).filter(FileCopy::fromContext).ifPresent(c -> {
                for (Word w : c.sources()) {
                    String s = w.value().replaceFirst("^\\./", "").replaceFirst("^/", "");
                    if (!s.isEmpty() && !s.equals(".") && !PATTERN_OR_VARIABLE.matcher(s).matches() && !s.contains("://")
                            && !s.startsWith("<<") && !s.startsWith("..")) {
                        out.add(s);
                    }
                }
            });
        }
        return out;
    }
}
