import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The floor of stacklint's own libraries: picocli parses the command line, SnakeYAML Engine reads the file, a small
 * schema is compiled by networknt and checks it. Everything stacklint must pay for one compose file, and nothing else.
 */
@CommandLine.Command(name = "probe", mixinStandardHelpOptions = true)
public final class Probe implements Callable<Integer> {
    @CommandLine.Parameters
    Path file;

    @CommandLine.Option(names = "--format")
    String format = "text";

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR"); // stacklint quiets SLF4J's notice the same way
        System.exit(new CommandLine(new Probe()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        JsonMapper json = JsonMapper.builder().build();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                "{\"type\":\"object\",\"properties\":{\"services\":{\"type\":\"object\"}}}");
        System.out.println(schema.validate(json.valueToTree(doc)).size() + " problems");
        return 0;
    }
}
