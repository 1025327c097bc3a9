package dev.stacklint.ci;

import dev.stacklint.compose.yaml.Problems;
import dev.stacklint.source.Limits;
import dev.stacklint.source.Origin;
import dev.stacklint.source.SourceFile;
import dev.stacklint.yaml.YamlEntry;
import dev.stacklint.yaml.YamlMapping;
import dev.stacklint.yaml.YamlNode;
import dev.stacklint.yaml.YamlReader;
import dev.stacklint.yaml.YamlScalar;
import dev.stacklint.yaml.YamlSequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a GitHub Actions workflow or a {@code .gitlab-ci.yml} with the positioned YAML reader into a
 * {@link Workflow}: the {@code docker/build-push-action} steps, and the image commands of {@code run:} steps and
 * GitLab {@code script:} lines, with the folder each runs in ({@code working-directory:}, {@code defaults.run},
 * {@code cd}). A file that is not valid YAML gives an empty workflow (GitHub and GitLab report it themselves).
 */
public final class WorkflowReader {
    private static final String BUILD_PUSH = "docker/build-push-action";
    private static final String METADATA = "docker/metadata-action";
    /** Top-level keys of a .gitlab-ci.yml that are not jobs. */
    private static final Set<String> GITLAB_KEYWORDS = Set.of("default", "include", "stages", "variables",
            "workflow", "image", "services", "cache", "before_script", "after_script", "pages");

    private WorkflowReader() {
    }

    /** A GitHub workflow ({@code .github/workflows/*.yml}) or a {@code .gitlab-ci.yml}, by its path. */
    public static boolean isWorkflow(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.equals(".gitlab-ci.yml") || n.equals(".gitlab-ci.yaml")) {
            return true;
        }
        Path dir = file.getParent();
        Path up = dir == null ? null : dir.getParent();
        return (n.endsWith(".yml") || n.endsWith(".yaml")) && dir.getFileName() != null
                && dir.getFileName().toString().equals("workflows") && up != null && up.getFileName() != null
                && up.getFileName().toString().equals(".github");
    }

    /** The repository root a workflow's paths are relative to: the folder holding {@code .github}, or the GitLab file's. */
    public static Path root(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        boolean github = dir.getFileName() != null && dir.getFileName().toString().equals("workflows");
        return github ? dir.getParent().getParent() : dir;
    }

    public static Workflow read(SourceFile file, Limits limits) {
        Path root = root(file.path());
        Found found = new Found();
        List<YamlNode> docs = YamlReader.read(file, new Problems(), limits);
        if (!docs.isEmpty() && docs.get(0) instanceof YamlMapping top) {
            String n = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.startsWith(".gitlab-ci.")) {
                gitlab(top, root, found);
            } else {
                github(top, root, found);
            }
        }
        return new Workflow(file, root, List.copyOf(found.builds), List.copyOf(found.pushes), found.unknownPushes,
                found.metadata);
    }

    /** What a workflow's steps build and push, as they are read. */
    static final class Found {
        private final List<ImageBuild> builds = new ArrayList<>();
        private final List<PushedTag> pushes = new ArrayList<>();
        private boolean unknownPushes;
        private boolean metadata;

        /** File names the current job's earlier steps write. */
        private final Set<String> made = new java.util.HashSet<>();

        void build(ImageBuild b) {
            builds.add(new ImageBuild(b.at(), b.tool(), b.defaultContext(), b.context(), b.file(), b.fileInContext(),
                    made));
        }

        /** An earlier command or step writes {@code path}. */
        void made(String path) {
            String p = path.strip();
            while (p.endsWith("/") && p.length() > 1) {
                p = p.substring(0, p.length() - 1);
            }
            String name = p.substring(p.lastIndexOf('/') + 1);
            if (!name.isEmpty() && !name.equals(".")) {
                made.add(name);
            }
        }

        void newJob() {
            made.clear();
        }

        void push(PushedTag t) {
            pushes.add(t);
        }

        void unknownPush() {
            unknownPushes = true;
        }
    }

    private static void github(YamlMapping top, Path root, Found found) {
        Optional<Path> workflowDir = workingDirectory(top, Optional.of(root), root);
        for (YamlEntry job : top.mapping("jobs").map(YamlMapping::entries).orElse(List.of())) {
            if (!(job.value() instanceof YamlMapping j)) {
                continue;
            }
            List<YamlMapping> steps = j.sequence("steps").map(YamlSequence::items).orElse(List.of()).stream()
                    .filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList();
            // a checkout into a sub-folder, or of another repository, moves what the paths name
            boolean elsewhere = steps.stream().anyMatch(s -> uses(s).startsWith("actions/checkout")
                    && s.mapping("with").map(w -> w.get("path").isPresent() || w.get("repository").isPresent())
                    .orElse(false));
            Optional<Path> checkout = elsewhere ? Optional.empty() : Optional.of(root);
            Optional<Path> jobDir = elsewhere ? Optional.empty() : workingDirectory(j, workflowDir, root);
            found.newJob();
            for (YamlMapping step : steps) {
                String uses = uses(step);
                if (uses.startsWith(METADATA)) {
                    found.metadata = true;
                } else if (uses.startsWith(BUILD_PUSH)) {
                    buildPush(step, checkout, root, found);
                }
                // a step that downloads or unpacks into a folder (actions/download-artifact, a cache) makes it
                if (!uses.isEmpty() && !uses.startsWith("actions/checkout")) {
                    step.mapping("with").flatMap(w -> w.scalar("path")).ifPresent(p -> p.text().lines()
                            .forEach(found::made));
                }
                Optional<YamlScalar> run = step.scalar("run");
                if (run.isPresent()) {
                    Optional<Path> dir = step.scalar("working-directory")
                            .flatMap(w -> elsewhere ? Optional.empty() : RepoPaths.resolve(w.text(), Optional.of(root), root))
                            .or(() -> step.get("working-directory").isPresent() ? Optional.empty() : jobDir);
                    ShellSteps.read(ScalarText.of(run.get()), dir, root, found);
                }
            }
        }
    }

    private static String uses(YamlMapping step) {
        return step.scalar("uses").map(YamlScalar::text).map(String::strip).orElse("");
    }

    /** {@code defaults: run: working-directory:} of a workflow or job, else the one around it. */
    private static Optional<Path> workingDirectory(YamlMapping m, Optional<Path> around, Path root) {
        Optional<YamlScalar> w = m.mapping("defaults").flatMap(d -> d.mapping("run"))
                .flatMap(r -> r.scalar("working-directory"));
        return w.isPresent() ? RepoPaths.resolve(w.get().text(), Optional.of(root), root) : around;
    }

    /** {@code docker/build-push-action}: {@code context}, {@code file}, {@code push}, {@code tags}, {@code outputs}. */
    private static void buildPush(YamlMapping step, Optional<Path> checkout, Path root, Found found) {
        Optional<YamlMapping> with = step.mapping("with");
        Optional<PathRef> context = with.flatMap(w -> w.scalar("context")).map(s -> ref(s, checkout, root));
        Optional<PathRef> file = with.flatMap(w -> w.scalar("file")).map(s -> ref(s, checkout, root));
        Origin at = step.scalar("uses").map(YamlScalar::origin).orElse(step.origin());
        found.build(new ImageBuild(at, BUILD_PUSH, checkout, context, file, false));
        String push = with.flatMap(w -> w.scalar("push")).map(YamlScalar::text).map(String::strip).orElse("false");
        String outputs = with.flatMap(w -> w.scalar("outputs")).map(YamlScalar::text).orElse("");
        if (push.equalsIgnoreCase("false") && !outputs.contains("type=registry") && !outputs.contains("push=true")) {
            return;
        }
        Optional<YamlScalar> tags = with.flatMap(w -> w.scalar("tags"));
        if (tags.isEmpty()) {
            found.unknownPush();
            return;
        }
        ScalarText text = ScalarText.of(tags.get());
        String v = text.value();
        int from = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (v.startsWith("${{", i)) {
                // a comma inside an expression (`${{ format('a:{0}', x) }}`) separates its arguments, not tags
                int close = v.indexOf("}}", i + 3);
                i = close < 0 ? v.length() - 1 : close + 1;
                continue;
            }
            if (i == v.length() || v.charAt(i) == '\n' || v.charAt(i) == ',') {
                int s = from;
                int e = i;
                while (s < e && Character.isWhitespace(v.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(v.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    found.push(PushedTag.of(v.substring(s, e), text.locate(s, e)));
                }
                from = i + 1;
            }
        }
    }

    private static PathRef ref(YamlScalar s, Optional<Path> cwd, Path root) {
        String written = s.text().strip();
        ScalarText text = ScalarText.of(s);
        int lead = s.text().indexOf(written);
        Origin at = written.isEmpty() ? s.origin() : text.locate(lead, lead + written.length());
        return new PathRef(written, at, RepoPaths.resolve(written, cwd, root));
    }

    /**
     * Each job's {@code before_script} (its own, else {@code default:}'s or the top level's) and {@code script},
     * read in order in one shell; {@code after_script} runs in a new one.
     */
    private static void gitlab(YamlMapping top, Path root, Found found) {
        Optional<YamlMapping> defaults = top.mapping("default");
        Optional<YamlNode> before = defaults.flatMap(d -> d.get("before_script")).or(() -> top.get("before_script"));
        Optional<YamlNode> after = defaults.flatMap(d -> d.get("after_script")).or(() -> top.get("after_script"));
        for (YamlEntry e : top.entries()) {
            if (GITLAB_KEYWORDS.contains(e.name()) || !(e.value() instanceof YamlMapping job)
                    || job.get("script").isEmpty() && job.get("before_script").isEmpty()) {
                continue;
            }
            found.newJob();
            Optional<Path> dir = Optional.of(root);
            for (YamlScalar line : lines(job.get("before_script").or(() -> before))) {
                dir = ShellSteps.read(ScalarText.of(line), dir, root, found);
            }
            for (YamlScalar line : lines(job.get("script"))) {
                dir = ShellSteps.read(ScalarText.of(line), dir, root, found);
            }
            Optional<Path> afterDir = Optional.of(root);
            for (YamlScalar line : lines(job.get("after_script").or(() -> after))) {
                afterDir = ShellSteps.read(ScalarText.of(line), afterDir, root, found);
            }
        }
    }

    /** A script: one string, or a list of strings and lists of strings (GitLab flattens one level). */
    private static List<YamlScalar> lines(Optional<YamlNode> node) {
        List<YamlScalar> out = new ArrayList<>();
        node.ifPresent(n -> add(n, out, 0));
        return out;
    }

    private static void add(YamlNode n, List<YamlScalar> out, int depth) {
        if (n instanceof YamlScalar s) {
            out.add(s);
        } else if (n instanceof YamlSequence seq && depth < 2) {
            seq.items().forEach(i -> add(i, out, depth + 1));
        }
    }
}
