package dev.stacklint.project.command;

import dev.stacklint.dockerfile.shell.ShellParser;
import dev.stacklint.dockerfile.shell.ShellWord;
import dev.stacklint.dockerfile.shell.SimpleCommand;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm run NAME}, {@code npm start}, {@code yarn NAME}, {@code pnpm NAME}, {@code bun run NAME}: the
 * development server the package.json script runs, if it is one of {@link DevServers}. The package.json is the
 * one in the working directory; a command that points the package manager elsewhere ({@code --prefix},
 * {@code --cwd}, {@code --filter}) is not followed.
 */
final class PackageScripts {
    private static final Set<String> MANAGERS = Set.of("npm", "yarn", "pnpm", "bun");
    private static final Set<String> ELSEWHERE = Set.of("--prefix", "--cwd", "-C", "--dir", "--filter", "-F",
            "--workspace", "-w", "workspace", "workspaces");
    /** Wrappers a script puts in front of its program ({@code cross-env NODE_ENV=x next dev}). */
    private static final Set<String> WRAPPERS = Set.of("npx", "pnpx", "bunx", "cross-env", "env", "exec", "dotenv");
    private static final int MAX_DEPTH = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PackageScripts() {
    }

    static boolean isManager(String program) {
        return MANAGERS.contains(program);
    }

    /** The dev server {@code manager args...} starts, with the script command that starts it. */
    static Optional<Run> devServer(String manager, List<Arg> args, CommandContext ctx) {
        List<String> words = args.stream().map(Arg::value).toList();
        if (args.stream().anyMatch(Arg::dynamic) || words.stream().anyMatch(ELSEWHERE::contains)
                || !(ctx.file("package.json") instanceof FileLookup.Found f)) {
            return Optional.empty();
        }
        Map<?, ?> scripts = scripts(f.file().text());
        return scriptName(manager, words).flatMap(name -> run(scripts, name, 0));
    }

    /** A development server, and the command of the script that starts it. */
    record Run(DevServer server, String command) {
    }

    /** The script a package-manager command runs, if it runs one. */
    private static Optional<String> scriptName(String manager, List<String> words) {
        List<String> positionals = words.stream().filter(w -> !w.startsWith("-")).toList();
        if (positionals.isEmpty()) {
            return Optional.empty();
        }
        String first = positionals.get(0);
        boolean run = first.equals("run") || first.equals("run-script") || (manager.equals("npm") && first.equals("rum"));
        if (run) {
            return positionals.size() > 1 ? Optional.of(positionals.get(1)) : Optional.empty();
        }
        // `npm dev` is no script; yarn, pnpm and bun run a script named as their first word
        return first.equals("start") || !manager.equals("npm") ? Optional.of(first) : Optional.empty();
    }

    private static Optional<Run> run(Map<?, ?> scripts, String name, int depth) {
        if (depth > MAX_DEPTH || !(scripts.get(name) instanceof String text)) {
            return Optional.empty();
        }
        for (SimpleCommand c : ShellParser.script(text)) {
            List<String> words = program(c.words().stream().map(ShellWord::value).toList());
            if (words.isEmpty()) {
                continue;
            }
            String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
            List<String> rest = words.subList(1, words.size());
            Optional<DevServer> server = DevServers.match(program, rest);
            if (server.isPresent()) {
                return Optional.of(new Run(server.get(), String.join(" ", words)));
            }
            Optional<Run> nested = isManager(program) ? scriptName(program, rest).flatMap(n -> run(scripts, n,
                    depth + 1)) : Optional.empty();
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /** The words from the program on, past the wrappers and their options and assignments. */
    private static List<String> program(List<String> words) {
        int k = 0;
        while (k < words.size() && (WRAPPERS.contains(words.get(k)) || words.get(k).startsWith("-")
                || words.get(k).matches("[A-Za-z_][A-Za-z0-9_]*=.*"))) {
            k++;
        }
        return words.subList(k, words.size());
    }

    /** The {@code scripts} of a package.json; empty when it has none or cannot be read. */
    private static Map<String, String> scripts(String json) {
        try {
            Map<String, String> scripts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : JSON.readTree(json).path("scripts").properties()) {
                if (e.getValue().isString()) {
                    scripts.put(e.getKey(), e.getValue().asString());
                }
            }
            return scripts;
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
