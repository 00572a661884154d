package dev.schemapojo.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.golden.enums.Code;
import dev.schemapojo.golden.enums.Color;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goldens of string enums: {@code Color}, a Java enum, and {@code Code}, whose 1,001 values are
 * one more than a Java enum may hold here, so it is a value class that checks against the set.
 */
class EnumsGoldenTest {
    static final JsonMapper JACKSON3 = JsonMapper.builder().build();
    static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void aStringEnumKeepsTheExactJsonValues() throws Exception {
        assertThat(Color.values()).extracting(Color::getValue).containsExactly("red", "dark-green", "Red", "2nd");
        assertThat(Color.fromValue("Red")).isSameAs(Color.RED_);
        assertThat(JACKSON3.readValue("\"dark-green\"", Color.class)).isSameAs(Color.DARK_GREEN);
        assertThat(JACKSON2.readValue("\"2nd\"", Color.class)).isSameAs(Color._2ND);
        assertThat(JACKSON3.writeValueAsString(Color._2ND)).isEqualTo("\"2nd\"");
        assertThat(JACKSON2.writeValueAsString(Color.RED_)).isEqualTo("\"Red\"");
        assertThat(Color.DARK_GREEN).hasToString("dark-green");
    }

    @Test
    void anUnknownValueFailsNamingTheAllowedOnes() {
        String message = "Unknown Color value \"RED\"; expected one of [red, dark-green, Red, 2nd]";
        assertThatThrownBy(() -> Color.fromValue("RED")).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> JACKSON3.readValue("\"RED\"", Color.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> JACKSON2.readValue("\"RED\"", Color.class)).hasMessageContaining(message);
    }

    @Test
    void aLargeEnumIsAValueClassOverTheAllowedValuesInSchemaOrder() {
        assertThat(Color.class.isEnum()).isTrue();
        assertThat(Code.class.isEnum()).isFalse();
        assertThat(Code.values()).hasSize(1001).startsWith("0", "1", "2").endsWith("999", "1000");
        assertThatThrownBy(() -> Code.values().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Code.fromValue("1000").getValue()).isEqualTo("1000");
        assertThat(Code.fromValue("7")).isEqualTo(Code.fromValue("7")).hasSameHashCodeAs(Code.fromValue("7"))
                .isNotEqualTo(Code.fromValue("8")).hasToString("7");
    }

    @Test
    void aLargeEnumReadsAndWritesTheBareStringAndRejectsOthers() throws Exception {
        assertThat(JACKSON3.readValue("\"42\"", Code.class)).isEqualTo(Code.fromValue("42"));
        assertThat(JACKSON2.readValue("\"42\"", Code.class)).isEqualTo(Code.fromValue("42"));
        assertThat(JACKSON3.writeValueAsString(Code.fromValue("42"))).isEqualTo("\"42\"");
        assertThat(JACKSON2.writeValueAsString(Code.fromValue("42"))).isEqualTo("\"42\"");
        String message = "Unknown Code value \"1001\"; expected one of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,"
                + " 14, 15, 16, 17, 18, 19, ... (1001 values)]";
        assertThatThrownBy(() -> Code.fromValue("1001")).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> JACKSON3.readValue("\"1001\"", Code.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> JACKSON2.readValue("\"1001\"", Code.class)).hasMessageContaining(message);
        assertThatThrownBy(() -> Code.fromValue(null)).hasMessageStartingWith("Unknown Code value \"null\"");
    }
}
