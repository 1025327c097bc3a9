package dev.stacklint.dockerfile;

import dev.stacklint.source.SourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A parsed Dockerfile.
 *
 * @param source       the file
 * @param directives   parser directives at the top
 * @param instructions every instruction in order (ARGs before the first FROM included)
 * @param comments     every comment line, for suppressions
 * @param errors       what could not be parsed (SL004)
 * @param escape       the escape character in force ({@code \} or {@code `})
 */
public record Dockerfile(SourceFile source, List<Directive> directives, List<Instruction> instructions,
                         List<Comment> comments, List<SyntaxError> errors, char escape) {
    private static final Pattern STAGE_INDEX = Pattern.compile("\\d{1,4}");


    /** The build stages in order; instructions before the first FROM belong to none. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        Instruction.From current = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i instanceof Instruction.From f) {
                if (current != null) {
                    stages.add(new Stage(stages.size(), current, List.copyOf(body)));
                }
                current = f;
                body.clear();
            } else if (current != null) {
                body.add(i);
            }
        }
        if (current != null) {
            stages.add(new Stage(stages.size(), current, List.copyOf(body)));
        }
        return stages;
    }

    /** The stage named {@code name} (case-insensitive, as Docker matches stage names) or with that index. */
    public Optional<Stage> stage(String nameOrIndex) {
        List<Stage> stages = stages();
        for (Stage s : stages) {
            if (s.name().map(n -> n.equalsIgnoreCase(nameOrIndex)).orElse(false)) {
                return Optional.of(s);
            }
        }
        if (STAGE_INDEX.matcher(nameOrIndex).matches()) {
            int i = Integer.parseInt(nameOrIndex);
            if (i < stages.size()) {
                return Optional.of(stages.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code stage} and the earlier stages of this file it is built FROM, outermost first: what the image of
     * {@code stage} inherits its USER, CMD, ENV... from.
     */
    public List<Stage> chain(Stage stage) {
        List<Stage> all = stages();
        List<Stage> chain = new ArrayList<>();
        for (Stage current = stage; current != null; current = parent(all, current).orElse(null)) {
            chain.add(0, current);
        }
        return List.copyOf(chain);
    }

    private Optional<Stage> parent(List<Stage> stages, Stage s) {
        String written = s.from().image().value();
        // FROM ${BASE}-base AS app names a stage through the ARG's default
        String image = written.contains("$") ? Scope.before(this, s.from()).variables().resolve(written).orElse(written)
                : written;
        return stages.subList(0, Math.min(s.index(), stages.size())).stream().filter(earlier -> earlier.named(image))
                .findFirst();
    }

    /**
     * The earlier stages a FROM built from a variable may name with another value of it ({@code FROM ${BASE}-base}
     * names {@code fpm-base} or {@code apache-base}, not {@code fpm-php-ext-base}), besides the one its default
     * names. A variable stands for one word (no {@code -}).
     */
    public List<Stage> variantParents(Stage stage) {
        String written = stage.from().image().value();
        if (!written.contains("$")) {
            return List.of();
        }
        String[] literals = written.split("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*", -1);
        if (String.join("", literals).isEmpty()) {
            return List.of(); // FROM $IMAGE alone names an image, not a family of stages
        }
        Pattern pattern = Pattern.compile(Arrays.stream(literals).map(Pattern::quote).collect(Collectors.joining("[^-/:]*")),
                Pattern.CASE_INSENSITIVE);
        return stages().subList(0, stage.index()).stream()
                .filter(s -> s.name().filter(n -> pattern.matcher(n).matches()).isPresent()).toList();
    }

    /** The last stage: what {@code docker build} produces without {@code --target}. */
    public Optional<Stage> finalStage() {
        List<Stage> stages = stages();
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }
}
