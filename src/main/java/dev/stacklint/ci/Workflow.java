package dev.stacklint.ci;

import dev.stacklint.source.SourceFile;

import java.nio.file.Path;
import java.util.List;

/**
 * A CI workflow ({@code .github/workflows/*.yml}, {@code .gitlab-ci.yml}) as far as images go: what it builds and
 * what it pushes.
 *
 * @param file           the workflow file
 * @param root           the repository root its paths are relative to
 * @param builds         the images it builds
 * @param pushes         the tags it pushes, each as written
 * @param unknownPushes  it pushes tags it computes ({@code tags: ${{ steps.x.outputs.tags }}}, {@code docker push
 *                       $IMAGE}, {@code docker compose push}): which they are is not known
 * @param metadataTags   it runs {@code docker/metadata-action}, which computes version, ref and sha tags
 */
public record Workflow(SourceFile file, Path root, List<ImageBuild> builds, List<PushedTag> pushes,
                       boolean unknownPushes, boolean metadataTags) {
}
