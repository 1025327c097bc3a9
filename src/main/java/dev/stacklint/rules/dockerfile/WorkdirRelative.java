package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.ArrayDeque;
import java.util.Deque;

/** DL3000: WORKDIR with a relative path (a variable or a Windows drive path counts as absolute). */
public final class WorkdirRelative extends InstructionRule<Instruction.Workdir> {
    static final RuleMeta META = new RuleMeta("DL3000", "workdir-relative", Severity.ERROR,
            "WORKDIR is given a relative path, which depends on whatever directory came before.").alias("WorkdirRelativePath");

    public WorkdirRelative() {
        super(Instruction.Workdir.class);
    }

    @Override
    void check(Dockerfile dockerfile, Instruction.Workdir workdir, Reporter reporter) {
        Word path = workdir.path();
        if (!path.value().isEmpty() && !Paths.isAbsoluteOrVariable(path.value())) {
            reporter.report(path.span(), "WORKDIR " + path.value() + " is relative to the working directory "
                    + "left by the base image or an earlier WORKDIR: write an absolute path, e.g. "
                    + example(dockerfile, workdir));
        }
    }

    /**
     * The directory the WORKDIR lands in when the stage set an absolute one before it ({@code /app} then
     * {@code ../tools} is {@code /tools}); else the path under the root.
     */
    private static String example(Dockerfile dockerfile, Instruction.Workdir workdir) {
        String base = "/";
        if (!dockerfile.instructions().contains(workdir)) {
            return normalized(base + workdir.path().value()); // an ONBUILD trigger runs in a later build
        }
        for (Instruction i : dockerfile.instructions()) {
            if (i == workdir) {
                break;
            }
            if (i instanceof Instruction.From) {
                base = "/";
            } else if (i instanceof Instruction.Workdir w && w.path().value().startsWith("/")) {
                base = w.path().value();
            }
        }
        return normalized(base + "/" + workdir.path().value());
    }

    /** An absolute path with {@code .}, {@code ..} and empty segments resolved ({@code ..} stops at the root). */
    private static String normalized(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
