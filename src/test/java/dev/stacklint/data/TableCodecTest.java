package dev.stacklint.data;

import dev.stacklint.TestPaths;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableCodecTest {
    private static Object roundTrip(Object tree) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TableCodec.write(new DataOutputStream(bytes), tree);
        return TableCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void everyValueATableHoldsComesBackAsItWas() throws IOException {
        Map<Object, Object> tree = new LinkedHashMap<>();
        tree.put("z-first", List.of("a", "ü", ""));
        tree.put(14, "fermium");
        tree.put("numbers", List.of(7, 5_000_000_000L, 3.9));
        List<Object> flags = new ArrayList<>(List.of(true, false));
        flags.add(null);
        tree.put("flags", flags);
        Object back = roundTrip(tree);
        assertThat(back).isEqualTo(tree);
        assertThat(new ArrayList<Object>(((Map<?, ?>) back).keySet())).containsExactly("z-first", 14, "numbers", "flags"); // order kept
        assertThat(((List<?>) ((Map<?, ?>) back).get("numbers")).get(1)).isInstanceOf(Long.class);
    }

    @Test
    void anotherKindOfValueIsRefusedAtBuildTime() {
        assertThatThrownBy(() -> roundTrip(Map.of("when", new java.math.BigInteger("1" + "0".repeat(30)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BigInteger");
    }

    @Test
    void aFileOfAnotherKindIsNotReadAsATable() {
        assertThatThrownBy(() -> TableCodec.read(new DataInputStream(new ByteArrayInputStream(
                "images: []".getBytes())))).isInstanceOf(IOException.class);
    }

    /** What the jar reads is what the YAML in rules/data says: a table edited since the build shows here. */
    @Test
    void eachCompiledTableHoldsItsYaml() throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.list(TestPaths.root().resolve("rules/data"))) {
            tables = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(tables).hasSizeGreaterThanOrEqualTo(10);
        for (Path yaml : tables) {
            Object parsed = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml));
            String resource = "/stacklint/rules/data/" + DataTable.compiledName(yaml.getFileName().toString());
            try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(TableCodec.read(new DataInputStream(in))).as(yaml.toString()).isEqualTo(parsed);
            }
        }
    }
}
