package dev.stacklint.yaml;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * YAML read into plain Java values (maps, lists, scalars), for a quick look at a file this run does not lint as YAML
 * (a Compose file beside another, a GoReleaser configuration): duplicate keys are allowed, since the file's own run
 * reports them, and aliases are bounded.
 */
public final class PlainYaml {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(50).build();

    private PlainYaml() {
    }

    /**
     * The document's value (null for an empty one).
     *
     * @throws RuntimeException when the text is not YAML SnakeYAML can read
     */
    public static Object load(String text) {
        return new Load(SETTINGS).loadFromString(text);
    }
}
