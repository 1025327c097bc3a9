package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashSet;
import java.util.Set;

/**
 * DL4001: one stage downloads with both wget and curl. Once both have been used in a stage, every RUN of that
 * stage that calls either is reported. {@code curl --version} and {@code wget -V} download nothing and do not count.
 */
public final class WgetAndCurl implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("DL4001", "wget-and-curl", Severity.WARNING,
            "A stage uses both wget and curl; one download tool is enough.");

    private static final Set<String> TOOLS = Set.of("wget", "curl");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Set<String> used = new HashSet<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.From) {
                used.clear();
            } else if (instruction.effective() instanceof Instruction.Run run) {
                ShellWord first = null;
                for (SimpleCommand c : run.commands()) {
                    if (c.program().filter(TOOLS::contains).isPresent() && !CommandOptions.aboutItself(c)) {
                        used.add(c.program().get());
                        first = first == null ? c.words().get(0) : first;
                    }
                }
                if (first != null && used.size() == TOOLS.size()) {
                    reporter.report(first.span(), "this stage uses both wget and curl: download with one of them "
                            + "(and install only that one)");
                }
            }
        }
    }
}
