package dev.stacklint.cli;

import dev.stacklint.config.RuleRefs;
import dev.stacklint.rule.RuleDocs;
import dev.stacklint.rule.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code stacklint explain CODE|name}: the rule's doc — what it finds, why, bad and good examples, how to silence it. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Print a rule's documentation.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule code or name, e.g. SL101 or copy-before-deps-install.")
    String rule;

    @Override
    public Integer call() {
        RuleMeta meta = RuleRefs.find(rule).orElseThrow(() -> new UsageException(RuleRefs.unknown(rule)));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(RuleDocs.markdown(meta).orElse("# " + meta.code() + " " + meta.name() + "\n\n" + meta.summary() + "\n"));
        out.flush();
        return ExitCodes.CLEAN;
    }
}
