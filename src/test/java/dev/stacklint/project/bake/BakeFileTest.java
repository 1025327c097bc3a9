package dev.stacklint.project.bake;

import dev.stacklint.source.SourceFile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BakeFileTest {
    private static BakeFile hcl(String text) {
        return BakeFile.read(SourceFile.of("docker-bake.hcl", text));
    }

    @Test
    void targetsWithInheritanceMergedBlocksAndSkippedExpressions() {
        BakeFile bake = hcl("""
                variable "V" { default = "1" }
                target "base" {
                  dockerfile = "docker/Dockerfile"
                  contexts = { "lib" = "./lib", cache: "type=local" }
                }
                target "app" {
                  inherits = ["base"]
                  args = { A = "${V}", B = upper("x") }
                  attest { type = "sbom" }
                  target = "prod"
                  contexts = {
                    web = "target:web"
                  }
                }
                target "app" {
                  context = "./svc" # a later block of the same name adds to it
                }
                """);
        assertThat(bake.complete()).isTrue();
        BakeTarget app = bake.flattened("app");
        assertThat(app.context().literal()).contains("./svc");
        assertThat(app.dockerfile().literal()).contains("docker/Dockerfile");
        assertThat(app.stage().literal()).contains("prod");
        assertThat(app.contexts().literal()).contains(Set.of("lib", "cache", "web"));
    }

    @Test
    void interpolatedPathsMakeTheFileIncomplete() {
        BakeFile bake = hcl("target \"app\" {\n  context = \"${DIR}\"\n  contexts = merge(a, b)\n}\n");
        assertThat(bake.complete()).isFalse();
        assertThat(bake.flattened("app").context().isUnknown()).isTrue();
        assertThat(bake.flattened("app").contexts().isUnknown()).isTrue();
    }

    @Test
    void jsonTargets() {
        BakeFile bake = BakeFile.read(SourceFile.of("docker-bake.json",
                "{\"target\": {\"a\": {\"context\": \"x\", \"contexts\": {\"n\": \"./n\"}, \"target\": \"t\"}}}"));
        assertThat(bake.complete()).isTrue();
        assertThat(bake.flattened("a").contexts().literal()).contains(Set.of("n"));
        assertThat(bake.flattened("a").stage().literal()).contains("t");
        assertThat(BakeFile.read(SourceFile.of("docker-bake.json", "{\"target\": [")).complete()).isFalse();
    }

    @Test
    void unclosedTextIsIncompleteNotAnError() {
        for (String text : List.of("target \"a\" {", "target \"a\" { context = \"x", "/* open", "x = <<EOT\nbody\n",
                "}}}]]", "target \"a\" { contexts = { ${x} = 1 } }")) {
            assertThat(hcl(text).complete()).as(text).isFalse();
        }
    }

    @Property(tries = 300)
    void readingAnyTextNeverThrows(@ForAll String text) {
        assertThat(hcl(text)).isNotNull();
        assertThat(hcl("target \"a\" {\n" + text + "\n}\n").targets()).isNotNull();
        assertThat(Optional.of(BakeFile.read(SourceFile.of("docker-bake.json", text)))).isPresent();
    }
}
