package dev.stacklint.yaml;

/** One key and value of a mapping. */
public record YamlEntry(YamlScalar key, YamlNode value) {

    public String name() {
        return key.text();
    }
}
