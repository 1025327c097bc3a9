package dev.stacklint.engine;

import dev.stacklint.rule.BackgroundDockerfileRule;
import dev.stacklint.rule.ComposeRule;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Rule;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rule.WorkflowRule;

import java.util.List;
import java.util.function.Predicate;

/**
 * The rules a run has enabled, by kind, each with its metadata: decided once per run, not once per file and rule
 * (reading a rule's metadata and asking the configuration about it were a tenth of a Dockerfile's rule time).
 */
record EnabledRules(List<Enabled<BackgroundDockerfileRule>> background, List<Enabled<DockerfileRule>> dockerfile,
                    List<Enabled<ComposeRule>> compose, List<Enabled<StackRule>> stack,
                    List<Enabled<WorkflowRule>> workflow) {

    /** One enabled rule and its metadata. */
    record Enabled<R extends Rule>(R rule, RuleMeta meta) {
    }

    /** {@code rules} in their order, those {@code enabled} accepts. */
    static EnabledRules of(List<Rule> rules, Predicate<RuleMeta> enabled) {
        return new EnabledRules(
                select(rules, enabled, BackgroundDockerfileRule.class),
                select(rules.stream().filter(r -> !(r instanceof BackgroundDockerfileRule)).toList(), enabled,
                        DockerfileRule.class),
                select(rules, enabled, ComposeRule.class),
                select(rules, enabled, StackRule.class),
                select(rules, enabled, WorkflowRule.class));
    }

    private static <R extends Rule> List<Enabled<R>> select(List<Rule> rules, Predicate<RuleMeta> enabled,
                                                            Class<R> kind) {
        return rules.stream().filter(kind::isInstance).map(r -> new Enabled<>(kind.cast(r), r.meta()))
                .filter(e -> enabled.test(e.meta())).toList();
    }
}
