package dev.stacklint.rules.dockerfile;

import dev.stacklint.dockerfile.ArgDeclaration;
import dev.stacklint.dockerfile.Comment;
import dev.stacklint.dockerfile.Dockerfile;
import dev.stacklint.dockerfile.Instruction;
import dev.stacklint.rule.Category;
import dev.stacklint.rule.DockerfileRule;
import dev.stacklint.rule.Reporter;
import dev.stacklint.rule.RuleContext;
import dev.stacklint.rule.RuleMeta;
import dev.stacklint.rule.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SL121 (off by default, as BuildKit's check is experimental): the comment right above an ARG or a named FROM
 * (no blank line between) does not start with the name it describes ({@code # version the release to build} above
 * {@code ARG version}), the format {@code docker buildx build --call=outline} reads descriptions in. An empty
 * {@code #} line ends a comment block, so a block ending in one describes nothing.
 */
public final class InvalidDefinitionDescription implements DockerfileRule {
    static final RuleMeta META = new RuleMeta("SL121", "invalid-definition-description", Severity.INFO, "The comment above an ARG or a named stage does not start with its name.")
            .in(Category.STYLE).offByDefault().alias("InvalidDefinitionDescription");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx, Reporter reporter) {
        Map<Integer, Comment> byLine = new HashMap<>();
        dockerfile.comments().forEach(c -> byLine.put(dockerfile.source().position(c.span().start()).line(), c));
        for (Instruction i : dockerfile.instructions()) {
            List<String> names = switch (i) {
                case Instruction.Arg a -> a.declarations().stream().map(ArgDeclaration::name).map(w -> w.value()).toList();
                case Instruction.From f -> f.alias().map(w -> List.of(w.value().toLowerCase(Locale.ROOT))).orElse(List.of());
                default -> List.of();
            };
            Comment above = byLine.get(dockerfile.source().position(i.span().start()).line() - 1);
            if (names.isEmpty() || above == null || above.text().isEmpty()) {
                continue;
            }
            String first = above.text().split(" ", -1)[0];
            if (!names.contains(first)) {
                String example = names.size() > 1 ? "<name>" : names.get(0);
                reporter.report(above.span(), "a comment right above " + i.keyword() + " is read as its description"
                        + " and should start with the name: write `# " + example + " <description>`, or put an empty"
                        + " line between them if it describes something else");
            }
        }
    }
}
