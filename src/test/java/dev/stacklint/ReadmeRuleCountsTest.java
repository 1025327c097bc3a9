package dev.stacklint;

import dev.stacklint.rule.Category;
import dev.stacklint.rule.Rule;
import dev.stacklint.rules.BuiltinRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rule table says how many rules there are, per family and per category: the registry's counts. */
class ReadmeRuleCountsTest {
    private static final Path README = Path.of("README.md");

    @Test
    void theTotalAndEachFamilyMatchTheRegistry() throws IOException {
        String readme = Files.readString(README);
        Matcher total = Pattern.compile("(?m)^(\\d+) rules \\(`stacklint rules`").matcher(readme);
        assertThat(total.find()).as("README: '<N> rules (`stacklint rules` ...'").isTrue();
        assertThat(Integer.parseInt(total.group(1))).isEqualTo(BuiltinRules.all().size());

        Map<String, Long> families = BuiltinRules.all().stream().map(Rule::meta)
                .collect(Collectors.groupingBy(m -> m.code().startsWith("SL") ? m.code().substring(0, 3) + "xx"
                        : "DLxxxx", TreeMap::new, Collectors.counting()));
        Map<String, Long> written = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (SL\\dxx|DLxxxx) \\| (\\d+) \\|").matcher(readme);
        while (row.find()) {
            written.put(row.group(1), Long.parseLong(row.group(2)));
        }
        assertThat(written).isEqualTo(families);
    }

    @Test
    void theCategoryCountsMatchTheRegistry() throws IOException {
        String readme = Files.readString(README);
        for (Category c : Category.values()) {
            long n = BuiltinRules.all().stream().filter(r -> r.meta().category() == c).count();
            assertThat(readme).as("README's Categories line for %s", c.label())
                    .containsPattern("(?m)^Categories:.*\\b" + n + " " + c.label().toLowerCase(Locale.ROOT) + "\\b");
        }
    }
}
