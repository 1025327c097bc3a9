package dev.stacklint.compose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {
    private static final Map<String, String> ENV = Map.of("SET", "value", "EMPTY", "", "PORT", "8080");

    private static String sub(String template) throws Template.Error {
        return Template.substitute(template, n -> Optional.ofNullable(ENV.get(n))).value();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "$SET|value",
            "${SET}|value",
            "pre-${SET}-post|pre-value-post",
            "$SET/x|value/x",
            "${UNSET}|",
            "$UNSET|",
            "${UNSET:-def}|def",
            "${EMPTY:-def}|def",
            "${SET:-def}|value",
            "${UNSET-def}|def",
            "${EMPTY-def}|",
            "${SET:+alt}|alt",
            "${EMPTY:+alt}|",
            "${UNSET:+alt}|",
            "${EMPTY+alt}|alt",
            "${UNSET+alt}|",
            "${SET:?must be set}|value",
            "${EMPTY?must be set}|",
            "${UNSET:-${PORT}}|8080",
            "${UNSET:-${ALSO_UNSET:-deep}}|deep",
            "${UNSET:-a-${SET}-b}|a-value-b",
            "$$|$",
            "$${SET}|${SET}",
            "cost: $$5|cost: $5",
            "${SET}${PORT}|value8080",
            "echo costs 5$|echo costs 5$",
            "curl -s $(hostname):3002|curl -s $(hostname):3002",
            "^v[0-9]+$|^v[0-9]+$",
            "${UNSET:-$2a$14$1l.Ioz}|$2a$14$1l.Ioz",
    })
    void substitutes(String template, String expected) throws Template.Error {
        assertThat(sub(template)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void reportsWhetherVariablesWereUsed() throws Template.Error {
        assertThat(Template.substitute("$$HOME", n -> Optional.empty()).usesVariables()).isFalse();
        assertThat(Template.substitute("${A:-x}", n -> Optional.empty()).usesVariables()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a ${UNSET:?needs a value} b|2|25|required variable `UNSET` is not set: needs a value",
            "${EMPTY:?}|0|10|required variable `EMPTY` is empty",
            "${UNSET?}|0|9|required variable `UNSET` is not set",
            "x ${UNSET|2|9|`${` is never closed",
            "${}|0|3|does not start with a variable name",
            "${1A}|0|5|does not start with a variable name",
            "${A:x}|0|6|is not a valid reference",
            "${A B}|0|6|is not a valid reference",
            "${UNSET:-${ALSO:?inner}}|9|23|required variable `ALSO` is not set: inner",
    })
    void malformedOrMissingIsAnErrorAtItsPlace(String template, int start, int end, String message) {
        assertThatThrownBy(() -> sub(template)).isInstanceOfSatisfying(Template.Error.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.start()).isEqualTo(start);
            assertThat(e.end()).isEqualTo(end);
        });
    }

    @Test
    void errorsNeverCarryAValue() {
        assertThatThrownBy(() -> Template.substitute("${SECRET:+${OTHER:?gone}}",
                n -> n.equals("SECRET") ? Optional.of("hunter2") : Optional.empty()))
                .isInstanceOf(Template.Error.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void unsetReferencesThatBecomeEmptyAreListedWithTheirPlace() throws Template.Error {
        assertThat(Template.substitute("$A/${B}/${C:-$D}/${E:+x}/${HOME}", n -> n.equals("HOME")
                ? Optional.of("/root") : Optional.empty()).unset()).containsExactly(
                new Template.Reference("A", 0, 2), new Template.Reference("B", 3, 7),
                new Template.Reference("D", 13, 15));
    }

    @Test
    void requiredVariablesLeftToTheEnvironmentAreUnsetReferences() throws Template.Error {
        Template.Result r = Template.substituteRequiredAsUnset("${DATA:?DATA is required}:/data/${SET:?x}",
                n -> Optional.ofNullable(ENV.get(n)));
        assertThat(r.value()).isEqualTo(":/data/value");
        assertThat(r.unset()).containsExactly(new Template.Reference("DATA", 0, 25));
        assertThatThrownBy(() -> Template.substituteRequiredAsUnset("${EMPTY:?}", n -> Optional.ofNullable(ENV.get(n))))
                .as("a variable set empty is not left to the environment").isInstanceOf(Template.Error.class);
    }
}
