package dev.stacklint.data;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven's process-classes phase): compiles each {@code rules/data/*.yaml} into the {@code .bin} form
 * {@link DataTable} reads, beside the YAML in the jar.
 */
public final class TableCompiler {
    private TableCompiler() {
    }

    /** @param args the folder of YAML tables, the folder the compiled tables go to */
    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        List<Path> tables;
        try (Stream<Path> files = Files.list(from)) {
            tables = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path yaml : tables) {
            Object tree;
            try (Reader in = Files.newBufferedReader(yaml)) {
                tree = new Load(LoadSettings.builder().setLabel(yaml.toString()).build()).loadFromReader(in);
            }
            Path bin = to.resolve(DataTable.compiledName(yaml.getFileName().toString()));
            Path tmp = bin.resolveSibling(bin.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                TableCodec.write(out, tree);
            }
            Files.move(tmp, bin, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
