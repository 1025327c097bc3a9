package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.KeyValue;
import dev.stacklint.dockerfile.Stage;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rules.data.LabelSchema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DL3049: a stage lacks labels the schema lists. A stage has the labels of the stages it is built FROM; and a stage
 * whose only use is to serve others (FROM it, {@code COPY --from} it) needs only what those users lack, so a builder
 * stage feeding a labelled image passes. {@code ONBUILD LABEL} labels the images built on this one, not this one.
 */
public final class MissingSchemaLabel extends LabelSchemaRule {
    static final RuleMeta META = new RuleMeta("DL3049", "missing-schema-label", Severity.INFO,
            "A stage lacks a label the label schema requires.").in(Category.STYLE);

    @Override
    void check(Dockerfile dockerfile, LabelSchema schema, Reporter reporter) {
        List<Stage> stages = dockerfile.stages();
        // what each stage has, or what the stages using it have: users come later, so walk back from the end
        List<Set<String>> covered = new ArrayList<>();
        stages.forEach(s -> covered.add(new HashSet<>()));
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage stage = stages.get(i);
            Set<String> mine = covered.get(i);
            for (Stage s : dockerfile.chain(stage)) {
                s.instructions().forEach(in -> keys(in, mine));
            }
            for (int used : uses(dockerfile, stage)) {
                covered.get(used).addAll(mine);
            }
        }
        for (Stage stage : stages) {
            Set<String> has = covered.get(stage.index());
            if (has.stream().anyMatch(LabelSchemaRule::variable)) {
                continue; // a key from a variable may be any of the required ones
            }
            List<String> missing = schema.labels().keySet().stream().filter(l -> !has.contains(l)).toList();
            if (!missing.isEmpty()) {
                Instruction.From from = stage.from();
                reporter.report(from.keywordSpan().to(from.image().span()), "this image lacks the label"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " that the label schema"
                        + " requires: add LABEL " + missing.get(0) + "=... to the stage");
            }
        }
    }

    private static void keys(Instruction instruction, Set<String> into) {
        if (instruction instanceof Instruction.Label l) {
            l.pairs().stream().map(KeyValue::key).forEach(k -> into.add(k.value()));
        }
    }

    /** The earlier stages {@code stage} uses: its FROM, and its {@code COPY --from}s. */
    private static Set<Integer> uses(Dockerfile dockerfile, Stage stage) {
        Set<Integer> used = new HashSet<>();
        List<Stage> chain = dockerfile.chain(stage);
        if (chain.size() > 1) {
            used.add(chain.get(chain.size() - 2).index());
        }
        for (Instruction i : stage.instructions()) {
            if (i instanceof Instruction.Copy c) {
                c.flags().stream().filter(f -> f.name().equalsIgnoreCase("from")).map(Flag::value)
                        .flatMap(v -> dockerfile.stage(v).stream())
                        .filter(s -> s.index() < stage.index()).forEach(s -> used.add(s.index()));
            }
        }
        return used;
    }
}
