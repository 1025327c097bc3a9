package dev.stacklint.engine;

import dev.stacklint.compose.Companions;
import dev.stacklint.compose.ComposeProject;
import dev.stacklint.compose.IncludeRef;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a Compose file linted alone is combined with when a project includes it: Compose merges every included model
 * into the including project before it checks a reference, so a fragment ({@code compose/$HOSTNAME/web.yml}) may
 * name what the project or any other file it includes declares. The fragment's own path tells what the unset
 * variables of the include stand for ({@code HOSTNAME=hs} for {@code compose/hs/web.yml}); the other includes are
 * read with those values. When an include holds a variable that the fragment's path does not tell, what it names is
 * not known here and the companions are open.
 */
final class IncludingProjects {
    /** Past this many includes, what a project combines is not worked out for each of its fragments. */
    private static final int MAX_INCLUDES = 200;

    private IncludingProjects() {
    }

    /**
     * {@code companions} with what the projects that include {@code self} (or may, through an unset variable, or
     * include the files beside it) declare, and the files they include.
     */
    static Companions of(Path self, List<ComposeProject> includers, Function<Path, Optional<ComposeProject>> load,
                         Companions companions) {
        Companions all = companions;
        Path abs = self.toAbsolutePath().normalize();
        for (ComposeProject includer : includers) {
            if (includer.files().get(0).path().equals(self)) {
                continue; // its own project
            }
            boolean own = includer.files().stream().anyMatch(f -> f.path().equals(self));
            Optional<Map<String, String>> values = values(abs, includer, own);
            if (own || values.isPresent()) {
                all = all.plus(includer);
            }
            if (values.isPresent()) {
                all = withIncluded(all, abs, includer, values.get(), load);
            }
        }
        return all;
    }

    /** What the unset variables of {@code includer}'s includes stand for when one of them names {@code self}. */
    private static Optional<Map<String, String>> values(Path self, ComposeProject includer, boolean own) {
        for (IncludeRef i : includer.includes()) {
            Optional<Map<String, String>> values = i.bindings(self);
            if (values.isEmpty() && !own) {
                values = i.siblingBindings(self);
            }
            if (values.isPresent()) {
                return values;
            }
        }
        return Optional.empty();
    }

    private static Companions withIncluded(Companions companions, Path self, ComposeProject includer,
                                           Map<String, String> values, Function<Path, Optional<ComposeProject>> load) {
        if (includer.includes().size() > MAX_INCLUDES) {
            return companions.plusUnknown(); // not read one by one for every fragment: say nothing rather than guess
        }
        Companions all = companions;
        for (IncludeRef other : includer.includes()) {
            if (!other.unset()) {
                continue; // a literal include is already part of the including project
            }
            Optional<Path> file = other.resolvedWith(values);
            if (file.isEmpty()) {
                all = all.plusUnknown();
            } else if (!file.get().equals(self) && Files.isRegularFile(file.get())) {
                Optional<ComposeProject> project = load.apply(file.get());
                if (project.isPresent()) {
                    all = all.plus(project.get());
                }
            }
        }
        return all;
    }
}
