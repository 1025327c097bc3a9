package dev.stacklint.cli;

import dev.stacklint.config.RuleRefs;
import dev.stacklint.rule.RuleDocs;
import dev.stacklint.rule.RuleMeta;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code stacklint explain CODE|name}: the rule's doc — what it finds, why, bad and good examples, how to silence it. */
public final class ExplainCommand implements Callable<Integer> {
    private final CommandSpec spec = Specs.command("explain", this, "Print a rule's documentation.");

    ExplainCommand() {
        spec.addPositional(Specs.positional("RULE", "A rule code or name, e.g. SL101 or copy-before-deps-install.")
                .arity("1").required(true).type(String.class).build());
        Specs.withHelp(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String rule = spec.positionalParameters().get(0).getValue();
        RuleMeta meta = RuleRefs.find(rule).orElseThrow(() -> new UsageException(RuleRefs.unknown(rule)));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(RuleDocs.markdown(meta).orElse("# " + meta.code() + " " + meta.name() + "\n\n" + meta.summary() + "\n"));
        out.flush();
        return ExitCodes.CLEAN;
    }
}
