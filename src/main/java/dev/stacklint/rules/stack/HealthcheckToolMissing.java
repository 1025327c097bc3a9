package dev.stacklint.rules.stack;

import dev.stacklint.dockerfile.Flag;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Word;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.Shells;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import dev.stacklint.project.BuiltImage;
import dev.stacklint.project.Container;
import dev.stacklint.project.Stack;
import dev.stacklint.project.health.HealthProbe;
import dev.stacklint.project.health.HealthProbes;
import dev.stacklint.project.health.ProbeCommand;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;
import dev.stacklint.rule.StackRule;
import dev.stacklint.rules.data.ImageTools;
import dev.stacklint.source.Origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SL316: the health check runs curl, wget or nc (or needs {@code /bin/sh}) in an image that does not ship it
 * ({@code rules/data/image-tools.yaml}) and that no RUN, COPY or ADD of the image's stages adds.
 */
public final class HealthcheckToolMissing implements StackRule {
    static final RuleMeta META = new RuleMeta("SL316", "healthcheck-tool-missing", Severity.WARNING,
            "The health check runs curl, wget or nc (or a shell) that the image does not have.");

    /** The program names a probe calls each tool by, and the words that show a build adds it. */
    private static final Map<String, String> TOOL = Map.of("curl", "curl", "wget", "wget", "nc", "nc", "ncat", "nc",
            "netcat", "nc");
    private static final Map<String, List<String>> ADDED_BY = Map.of("curl", List.of("curl"),
            "wget", List.of("wget", "busybox"), "nc", List.of("netcat", "ncat", "nmap", "busybox", "nc"),
            "sh", List.of("busybox", "sh", "bash", "dash"));

    @Override
    public void check(Stack stack, RuleContext ctx, Reporter reporter) {
        Set<Origin> reported = new HashSet<>();
        for (Container c : stack.containers()) {
            Optional<HealthProbe> probe = HealthProbes.of(c);
            Optional<String> image = c.runImage();
            Optional<ImageTools.Lacks> lacks = image.flatMap(i -> ImageTools.builtin().of(i));
            if (probe.isEmpty() || lacks.isEmpty()) {
                continue;
            }
            if (probe.get().shell() && missing(lacks.get(), "sh", c.image())) {
                if (reported.add(probe.get().at())) {
                    reporter.report(probe.get().at().file(), probe.get().at().span(), "the health check runs"
                            + " through `/bin/sh -c`, but `" + image.get() + "` has no shell: it fails and the"
                            + " container is marked unhealthy; write it in exec form (`[\"CMD\", ...]`) with a"
                            + " program the image has");
                }
                continue;
            }
            for (ProbeCommand command : probe.get().commands()) {
                String tool = TOOL.get(command.name());
                if (tool != null && missing(lacks.get(), tool, c.image()) && reported.add(command.program().origin())) {
                    Origin at = command.program().origin();
                    reporter.report(at.file(), at.span(), message(command.name(), tool, image.get(), lacks.get(),
                            c.image().isPresent()));
                }
            }
        }
    }

    private static boolean missing(ImageTools.Lacks lacks, String tool, Optional<BuiltImage> image) {
        return lacks.missing().contains(tool) && image.map(i -> !adds(i, tool)).orElse(true);
    }

    private static String message(String program, String tool, String image, ImageTools.Lacks lacks, boolean built) {
        String install = built ? "install it" : "build an image from it that installs it";
        String fix = switch (lacks.install()) {
            case APT -> install + " (`RUN apt-get update && apt-get install -y --no-install-recommends "
                    + (tool.equals("nc") ? "netcat-openbsd" : tool) + "`)";
            case APK -> install + " (`RUN apk add --no-cache " + (tool.equals("nc") ? "netcat-openbsd" : tool) + "`)";
            case NONE -> "probe with a program the image has (the app's own health command)";
        };
        String instead = tool.equals("curl") && !lacks.missing().contains("wget")
                ? ", or use BusyBox's `wget -q --spider URL`" : "";
        return "the health check runs `" + program + "`, but `" + image + "` has no " + program
                + ": the check always fails and the container is marked unhealthy; " + fix + instead;
    }

    /**
     * A RUN of the image's stages names the tool (installs or runs it) or runs a script that may install anything
     * (Zulip's {@code scripts/setup/install}, {@code bash setup.sh}), or a COPY/ADD brings it in.
     */
    private static boolean adds(BuiltImage image, String tool) {
        List<String> words = ADDED_BY.get(tool);
        for (Instruction i : image.instructions()) {
            if (i.effective() instanceof Instruction.Run r && r.commands().stream().anyMatch(HealthcheckToolMissing::runsScript)) {
                return true;
            }
            for (String w : words(i.effective())) {
                String lower = w.toLowerCase(java.util.Locale.ROOT);
                if (words.stream().anyMatch(t -> t.length() > 2 ? lower.contains(t) : lower.equals(t)
                        || lower.endsWith("/" + t) || lower.startsWith(t + "="))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A program named by its path ({@code ./install.sh}, {@code /opt/setup/install}), or a shell given a script. */
    private static boolean runsScript(SimpleCommand c) {
        List<ShellWord> w = c.words();
        if (w.isEmpty()) {
            return false;
        }
        String program = w.get(0).value();
        boolean shell = Shells.is(program.substring(program.lastIndexOf('/') + 1));
        if (shell) {
            return w.stream().skip(1).anyMatch(x -> !x.value().startsWith("-")) && !c.hasOption("-c");
        }
        return program.contains("/") && !program.startsWith("/bin/") && !program.startsWith("/usr/bin/");
    }

    private static List<String> words(Instruction i) {
        List<String> out = new ArrayList<>();
        switch (i) {
            case Instruction.Run r -> {
                for (SimpleCommand c : r.commands()) {
                    c.words().stream().map(ShellWord::value).forEach(out::add);
                }
            }
            case Instruction.Copy c -> {
                c.sources().stream().map(Word::value).forEach(out::add);
                c.flags().stream().map(Flag::value).forEach(v -> out.add(String.valueOf(v)));
            }
            case Instruction.Add a -> a.sources().stream().map(Word::value).forEach(out::add);
            default -> {
            }
        }
        return out;
    }
}
