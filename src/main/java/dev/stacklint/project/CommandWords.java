package dev.stacklint.project;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.project.command.Arg;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** Dockerfile CMD/ENTRYPOINT arguments as the words Docker passes to the container. */
final class CommandWords {
    private CommandWords() {
    }

    /** Exec form as written; shell form as {@code /bin/sh -c TEXT}, the two shell words located at the text. */
    static List<Arg> of(Arguments command, SourceFile file) {
        return switch (command) {
            case Arguments.Exec e -> {
                List<Arg> out = new ArrayList<>();
                for (Word w : e.args()) {
                    out.add(Arg.of(w.value(), new Origin(file, w.span())));
                }
                yield out;
            }
            case Arguments.ShellForm s -> {
                Origin at = new Origin(file, s.span());
                yield List.of(Arg.of("/bin/sh", at), Arg.of("-c", at), Arg.of(s.text(), at));
            }
        };
    }
}
