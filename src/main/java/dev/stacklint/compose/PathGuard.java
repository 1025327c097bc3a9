package dev.stacklint.compose;

import dev.stacklint.compose.yaml.LoadProblem.Level;
import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Origin;
import dev.stacklint.yaml.YamlScalar;

import java.nio.file.Path;
import java.util.Optional;

/** Reports each path written in a Compose file that leaves the {@link ProjectBoundary} (SL011), so that it is not read. */
record PathGuard(ProjectBoundary boundary, Problems problems) {

    boolean inside(YamlScalar written, String key, Optional<Path> resolved) {
        return inside(written.text(), written.origin(), key, resolved);
    }

    boolean inside(Located<String> written, String key, Optional<Path> resolved) {
        return inside(written.value(), written.origin(), key, resolved);
    }

    /** True when the path may be read; otherwise it is reported at {@code at}. */
    boolean inside(String written, Origin at, String key, Optional<Path> resolved) {
        Optional<String> why = boundary.outside(written, resolved);
        if (why.isEmpty()) {
            return true;
        }
        if (ProjectBoundary.isRemote(written)) {
            problems.outside(at, Level.INFO, "`" + key + "` `" + written + "` is remote: not fetched, "
                    + (key.equals("include") ? "its services are" : key.startsWith("build") ? "its Dockerfile is" : key.equals("extends.file") ? "the service it extends is"
                    : "what it holds is") + " not checked");
        } else {
            problems.outside(at, Level.WARNING, "`" + key + "` `" + written + "` " + why.get()
                    + ": stacklint does not read it; keep the files a project uses inside its repository");
        }
        return false;
    }
}
