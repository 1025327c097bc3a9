package dev.stacklint.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a configuration file holds, reading it gives a configuration or a ConfigException with a position. */
class ConfigProperties {
    @Provide
    Arbitrary<String> configs() {
        Arbitrary<String> fragments = Arbitraries.of("ignore:", "severity:", "overrides:", "failure-threshold:",
                "environments:", "production:", "files:", "profiles:", "trusted-registries:", "deprecated-images:",
                "database-images:", "image:", "reason:", "data-path:", " SL006", " SL001: off", " error", " none",
                " [", "]", " {", "}", ",", "- ", "  ", "\n", "&a ", "*a", " \"**/x\"", " '['", "1", " true", " ~",
                "#", "\t", "é", "---\n");
        return Arbitraries.oneOf(fragments.list().ofMaxSize(50).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 500)
    void readingGivesAConfigurationOrAPositionedError(@ForAll("configs") String text) throws IOException {
        Path dir = Files.createTempDirectory("stacklint-config");
        Path file = Files.write(dir.resolve(".stacklint.yaml"), text.getBytes(StandardCharsets.UTF_8));
        try {
            StacklintConfig.read(file, ".stacklint.yaml");
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(".stacklint.yaml").doesNotContain("Exception");
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
