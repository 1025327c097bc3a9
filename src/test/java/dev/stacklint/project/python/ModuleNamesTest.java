package dev.stacklint.project.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleNamesTest {
    @Test
    void relativeImportsAreResolvedAgainstThePackage() {
        assertThat(ModuleNames.absolute("app.api", ".views")).isEqualTo("app.api.views");
        assertThat(ModuleNames.absolute("app.api", "..core")).isEqualTo("app.core");
        assertThat(ModuleNames.absolute("app.api", ".")).isEqualTo("app.api");
        assertThat(ModuleNames.absolute("app", "...x")).isEqualTo("x");
        assertThat(ModuleNames.absolute("app", "flask")).isEqualTo("flask");
    }
}
