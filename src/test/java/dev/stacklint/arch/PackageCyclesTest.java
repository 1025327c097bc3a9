package dev.stacklint.arch;

import dev.stacklint.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans src/main for the packages each package refers to (imports and fully qualified names, Javadoc links
 * included) and fails on any package cycle. The graph reads bottom-up: {@code source} -> {@code yaml} ->
 * {@code dockerfile}, {@code compose} -> {@code project} -> {@code rule} -> {@code rules} -> {@code config} ->
 * {@code engine} -> {@code report}, {@code cli}; a loader reports its own problem records, never a rule's finding.
 */
class PackageCyclesTest {
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.stacklint((?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> graph = dependencies(TestPaths.root().resolve("src/main/java/dev/stacklint"));
        assertThat(graph).as("the scan found the packages").containsKeys("rule", "rules", "engine", "compose");
        assertThat(cycles(graph)).as("package cycles (break the import that closes each one)").isEmpty();
    }

    @Test
    void theScanFindsACycleThroughAnImportAndAFullyQualifiedName(@TempDir Path dir)
            throws IOException {
        write(dir.resolve("a/A.java"), "package dev.stacklint.a;\nimport dev.stacklint.b.B;\nclass A {}\n");
        write(dir.resolve("b/B.java"), "package dev.stacklint.b;\nclass B { dev.stacklint.a.A a; }\n");
        write(dir.resolve("c/C.java"), "package dev.stacklint.c;\nimport dev.stacklint.a.A;\nclass C {}\n");
        assertThat(cycles(dependencies(dir))).containsExactly(Set.of("a", "b"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theScanSeesACycleAndNotAChain() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a"), "e", Set.of());
        assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
    }

    /** Package (relative to dev.stacklint, "" for the top) to the other packages its classes name. */
    private static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path p : sources) {
            graph.computeIfAbsent(packageOf(root, p), k -> new TreeSet<>());
        }
        for (Path p : sources) {
            String from = packageOf(root, p);
            Matcher m = REFERENCE.matcher(Files.readString(p));
            while (m.find()) {
                String to = known(graph.keySet(), m.group(1).substring(1));
                if (to != null && !to.equals(from)) {
                    graph.get(from).add(to);
                }
            }
        }
        return graph;
    }

    private static String packageOf(Path root, Path file) {
        Path dir = root.relativize(file.getParent());
        return dir.toString().replace(java.io.File.separatorChar, '.');
    }

    /** The longest known package that {@code dotted} starts with (a nested class reads like a package). */
    private static String known(Set<String> packages, String dotted) {
        for (String candidate = dotted; ; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            if (packages.contains(candidate)) {
                return candidate;
            }
            if (!candidate.contains(".")) {
                return null;
            }
        }
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted, in name order. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String v : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, found);
            }
        }
        found.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
