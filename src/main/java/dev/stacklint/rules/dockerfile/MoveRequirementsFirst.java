package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.Edit;
import dev.stacklint.rule.Fix;
import dev.stacklint.source.Lines;
import dev.stacklint.source.SourceFile;
import dev.stacklint.source.Span;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SL101's fix for the one layout it can rewrite exactly: {@code COPY . .} directly followed by a RUN whose only
 * command is {@code pip install -r FILE}. The fix copies FILE first (with the same COPY flags), moves the RUN up
 * and leaves {@code COPY . .} after it. Unsafe: the install no longer sees the rest of the project (a
 * {@code -e .} or a local path in FILE would now fail).
 */
final class MoveRequirementsFirst {
    private static final Pattern WHOLE_COPY = Pattern.compile("(?i)(COPY(?:[ \\t]+--[a-z-]+=[^\\s$]+)*)[ \\t]+\\.[ \\t]+(\\./?)");
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]*");

    private MoveRequirementsFirst() {
    }

    static Optional<Fix> of(SourceFile file, Stage stage, Instruction wholeCopy, Instruction run, SimpleCommand install) {
        List<Instruction> instructions = stage.instructions();
        int at = instructions.indexOf(wholeCopy);
        if (at < 0 || at + 1 >= instructions.size() || instructions.get(at + 1) != run
                || !(run instanceof Instruction.Run r) || r.commands().size() != 1 || !PipNoCacheDir.isPipInstall(install)) {
            return Optional.empty();
        }
        Optional<String> requirements = requirementsFile(install.words());
        Matcher copy = WHOLE_COPY.matcher(file.slice(wholeCopy.span()));
        Optional<Span> copyLines = Lines.whole(file, wholeCopy.span());
        Optional<Span> runLines = Lines.whole(file, run.span());
        if (requirements.isEmpty() || !copy.matches() || copyLines.isEmpty() || runLines.isEmpty()
                || copyLines.get().end() != runLines.get().start()) {
            return Optional.empty();
        }
        String req = requirements.get();
        String destination = req.contains("/") ? req.substring(0, req.lastIndexOf('/') + 1) : "./";
        String runText = file.slice(runLines.get());
        String eol = runText.endsWith("\r\n") ? "\r\n" : "\n";
        if (!runText.endsWith("\n")) {
            return Optional.empty(); // the RUN ends the file: keep it simple
        }
        String firstCopy = copy.group(1) + " " + req + " " + destination + eol;
        return Optional.of(Fix.unsafe("copy " + req + " and install before copying the rest",
                Edit.insert(copyLines.get().start(), firstCopy + runText), Edit.delete(runLines.get())));
    }

    /** The FILE of {@code -r FILE} / {@code --requirement FILE}, when it is one plain relative path. */
    private static Optional<String> requirementsFile(List<ShellWord> words) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i).value();
            if (w.equals("-r") || w.equals("--requirement")) {
                String path = words.get(i + 1).value();
                if (found.isPresent() || !PLAIN_PATH.matcher(path).matches() || path.contains("..")) {
                    return Optional.empty();
                }
                found = Optional.of(path);
            }
        }
        return found;
    }
}
