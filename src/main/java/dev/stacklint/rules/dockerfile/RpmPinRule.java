package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Variables;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.source.Interpolation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package install (yum, dnf, zypper) that names a package without a version. A version given by a variable
 * counts when the variable is declared: by ENV or ARG in the stage or the stages it builds on, or, as hadolint
 * reads it, by an ARG in any earlier stage.
 */
abstract class RpmPinRule implements DockerfileRule {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)[^}]*}?");

    private final Set<String> programs;
    private final Set<String> verbs;
    private final Predicate<String> pinned;
    private final String example;

    /**
     * @param programs the programs' base names
     * @param verbs    the subcommands that install packages
     * @param pinned   whether a package (variables expanded) carries a version
     * @param example  how to pin, for the message, with {@code NAME} for the package
     */
    RpmPinRule(Set<String> programs, Set<String> verbs, Predicate<String> pinned, String example) {
        this.programs = programs;
        this.verbs = verbs;
        this.pinned = pinned;
        this.example = example;
    }

    @Override
    public final void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile, i -> i.effective() instanceof Instruction.Run);
        Set<String> argsSoFar = new HashSet<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction.effective() instanceof Instruction.Arg arg) {
                arg.declarations().forEach(d -> argsSoFar.add(d.name().value()));
            } else if (instruction.effective() instanceof Instruction.Run run) {
                Variables variables = scopes.get(instruction).variables();
                UnpinnedPackages unpinned = new UnpinnedPackages();
                for (SimpleCommand c : run.commands()) {
                    PackageCommand.rpm(c, programs).ifPresent(p -> check(p, variables, argsSoFar, unpinned));
                }
                unpinned.report(reporter, this::message);
            }
        }
    }

    private void check(PackageCommand p, Variables variables, Set<String> args, UnpinnedPackages unpinned) {
        boolean module = p.action().equals("module install");
        if (p.verbIs("group", "groupinstall") || (!module && !verbs.contains(p.action()))) {
            return;
        }
        List<ShellWord> packages = module ? p.packages().subList(1, p.packages().size()) : p.packages();
        for (ShellWord w : packages) {
            String name = expand(w.value(), variables, args);
            boolean ok = module ? name.contains(":") : pinned.test(name) || name.endsWith(".rpm") || name.contains("/");
            if (!ok) {
                unpinned.add(!Interpolation.literal(w.value()) ? "variable" : module ? "module" : "package", w);
            }
        }
    }

    private String message(String problem, List<String> names) {
        boolean one = names.size() == 1;
        String name = one ? names.get(0) : "NAME";
        if (problem.equals("variable")) {
            return (one ? "package " + name + " gets" : "packages " + UnpinnedPackages.names(names) + " get")
                    + " no version because " + (one ? "its variable is" : "their variables are") + " not declared in "
                    + "this stage: declare " + (one ? "it" : "them") + " with ARG or ENV (or write the version)";
        }
        String kind = problem.equals("module") ? "module" : "package";
        return (one ? kind + " " + name + " is" : kind + "s " + UnpinnedPackages.names(names) + " are")
                + " not pinned, so each build installs whatever version the repository has: write "
                + (problem.equals("module") ? name + ":<stream>" : example.replace("NAME", name))
                + (one ? "" : " for each");
    }

    /** Known values in place; a declared variable of unknown value stands for a version, others for nothing. */
    private static String expand(String word, Variables variables, Set<String> args) {
        Matcher m = REFERENCE.matcher(word);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Optional<String> value = variables.get(name);
            String replacement = value.orElse(variables.isDeclared(name) || args.contains(name) ? "0" : "");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
