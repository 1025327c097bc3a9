package dev.stacklint.shellcheck;

import dev.stacklint.dockerfile.Arguments;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.dockerfile.Scope;
import dev.stacklint.dockerfile.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RUN scripts of a Dockerfile that ShellCheck can read, each with its shell and the variables in scope: shell-form
 * RUNs (ONBUILD RUN too) whose shell ShellCheck reads. Skipped, as hadolint skips them: exec-form RUNs and a SHELL (or
 * a {@code # hadolint shell=} pragma) naming another shell (PowerShell, cmd, zsh, fish); also RUNs with heredocs, whose
 * scripts are not on the RUN line. A stage on an Alpine or BusyBox image runs them with BusyBox's ash.
 */
public final class RunScripts {
    /** Proxy variables Docker passes to every RUN without an ARG. */
    private static final List<String> PREDEFINED = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");
    /** Shells ShellCheck reads, as the shebang it is given; ash and busybox sh are read as sh, as hadolint does. */
    private static final Map<String, String> SHEBANGS = Map.of("sh", "/bin/sh", "bash", "/bin/bash", "dash", "/bin/dash",
            "ksh", "/bin/ksh", "ash", "/bin/sh", "busybox", "/bin/sh");
    private static final Pattern PRAGMA = Pattern.compile("hadolint\\s+shell\\s*=\\s*(\\S+)");
    private static final String DEFAULT = "/bin/sh";

    private RunScripts() {
    }

    public static List<ShellScript> of(Dockerfile dockerfile) {
        Map<Instruction, Scope> scopes = Scope.before(dockerfile,
                i -> i.effective() instanceof Instruction.Run || i instanceof Instruction.From);
        List<ShellScript> scripts = new ArrayList<>();
        Map<String, String> stageShells = new HashMap<>();
        Map<String, Boolean> stageBusybox = new HashMap<>();
        boolean busybox = false;
        String defaultShell = DEFAULT;
        String shell = DEFAULT;
        String stage = null;
        int comment = 0;
        for (Instruction instruction : dockerfile.instructions()) {
            // a `# hadolint shell=...` pragma applies from where it is written
            while (comment < dockerfile.comments().size()
                    && dockerfile.comments().get(comment).span().start() < instruction.span().start()) {
                Matcher m = PRAGMA.matcher(dockerfile.comments().get(comment++).text());
                if (m.find()) {
                    shell = m.group(1);
                    if (stage == null) {
                        defaultShell = shell;
                    }
                }
            }
            switch (instruction) {
                case Instruction.From f -> {
                    // a stage built FROM an earlier one inherits its SHELL, as Docker does; `FROM ${BASE_IMAGE}`
                    // is read with the global ARG's default (`ARG BASE_IMAGE=alpine:3.21`)
                    String written = f.image().value();
                    String base = Optional.ofNullable(scopes.get(f)).flatMap(sc -> sc.variables().resolve(written))
                            .orElse(written).toLowerCase(Locale.ROOT);
                    shell = stageShells.getOrDefault(base, defaultShell);
                    busybox = stageBusybox.getOrDefault(base, busyboxImage(base));
                    stage = f.alias().map(a -> a.value().toLowerCase(Locale.ROOT)).orElse("");
                }
                case Instruction.Shell s -> shell = s.shell().stream().findFirst().map(Word::value).orElse(DEFAULT);
                default -> runScript(instruction, shell, busybox && shell.equals(DEFAULT), scopes.get(instruction))
                        .ifPresent(scripts::add);
            }
            if (stage != null && !stage.isEmpty()) {
                stageShells.put(stage, shell);
                stageBusybox.put(stage, busybox);
            }
        }
        return scripts;
    }

    /**
     * An image whose {@code /bin/sh} is BusyBox's ash: {@code alpine}, {@code busybox} and the {@code -alpine}
     * variants of other images ({@code node:24-alpine}, {@code python:3.12-alpine3.20}).
     */
    static boolean busyboxImage(String reference) {
        String ref = reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
        int slash = ref.lastIndexOf('/');
        int colon = ref.lastIndexOf(':');
        String name = colon > slash ? ref.substring(slash + 1, colon) : ref.substring(slash + 1);
        String tag = colon > slash ? ref.substring(colon + 1) : "";
        return name.equals("alpine") || name.equals("busybox") || tag.matches("(.*[-_.])?alpine.*");
    }

    private static Optional<ShellScript> runScript(Instruction instruction, String shell, boolean busybox, Scope scope) {
        if (!(instruction.effective() instanceof Instruction.Run run) || !(run.command() instanceof Arguments.ShellForm form)
                || !run.heredocs().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> shebang = shebang(shell);
        if (shebang.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> names = new TreeSet<>(PREDEFINED);
        if (scope != null) {
            names.addAll(scope.variables().args().keySet());
            names.addAll(scope.variables().env().keySet());
        }
        names.removeIf(n -> !n.matches("[A-Za-z_][A-Za-z0-9_]*"));
        return Optional.of(new ShellScript(form, shebang.get(), names, busybox));
    }

    /** The shebang for a shell ShellCheck reads (sh, bash, dash, ksh, by any path); empty for any other shell. */
    static Optional<String> shebang(String shell) {
        String program = shell.substring(Math.max(shell.lastIndexOf('/'), shell.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return Optional.ofNullable(SHEBANGS.get(program));
    }
}
