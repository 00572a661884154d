package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConstKeywordsTest {
    @Test
    void constIsTheFixedValue() {
        assertThat(ConstKeywords.fixedValue(Json.of("{'const': 42}"))).isEqualTo(Json.of("42"));
    }

    @Test
    void constWinsOverAOneValueEnum() {
        assertThat(ConstKeywords.fixedValue(Json.of("{'enum': ['b'], 'const': 'a'}"))).isEqualTo(Json.of("'a'"));
    }

    @Test
    void constNullIsAFixedNullValue() {
        JsonNode value = ConstKeywords.fixedValue(Json.of("{'const': null, 'enum': ['a']}"));

        assertThat(value).isNotNull();
        assertThat(value.isNull()).isTrue();
    }

    @Test
    void enumOfOneValueIsTheFixedValue() {
        assertThat(ConstKeywords.fixedValue(Json.of("{'enum': [{'a': 1}]}"))).isEqualTo(Json.of("{'a': 1}"));
    }

    @Test
    void noConstAndNoOneValueEnumIsNoFixedValue() {
        assertThat(ConstKeywords.fixedValue(Json.of("{}"))).isNull();
        assertThat(ConstKeywords.fixedValue(Json.of("{'enum': ['a', 'b']}"))).isNull();
        assertThat(ConstKeywords.fixedValue(Json.of("{'enum': []}"))).isNull();
        assertThat(ConstKeywords.fixedValue(Json.of("{'enum': 'a'}"))).isNull();
    }

    @Test
    void fixedStringIsTheFixedValueOnlyWhenItIsAString() {
        assertThat(ConstKeywords.fixedString(Json.of("{'const': 'cat'}"))).isEqualTo("cat");
        assertThat(ConstKeywords.fixedString(Json.of("{'enum': ['dog']}"))).isEqualTo("dog");
        assertThat(ConstKeywords.fixedString(Json.of("{'const': 1}"))).isNull();
        assertThat(ConstKeywords.fixedString(Json.of("{'const': 1, 'enum': ['dog']}"))).isNull();
        assertThat(ConstKeywords.fixedString(Json.of("{}"))).isNull();
    }

    @Test
    void scalarValueMatchesTheJsonTypeOfTheKind() {
        assertThat(ConstKeywords.scalarValue(ScalarKind.STRING, Json.of("'x'"))).isEqualTo(new Literal.Str("x"));
        assertThat(ConstKeywords.scalarValue(ScalarKind.INTEGER, Json.of("7"))).isEqualTo(new Literal.Int(7));
        assertThat(ConstKeywords.scalarValue(ScalarKind.LONG, Json.of("3000000000")))
                .isEqualTo(new Literal.Long(3_000_000_000L));
        assertThat(ConstKeywords.scalarValue(ScalarKind.DOUBLE, Json.of("2"))).isEqualTo(new Literal.Dbl(2.0));
        assertThat(ConstKeywords.scalarValue(ScalarKind.BOOLEAN, Json.of("true"))).isEqualTo(new Literal.Bool(true));
    }

    @Test
    void scalarValueOfAnotherJsonTypeIsNull() {
        assertThat(ConstKeywords.scalarValue(ScalarKind.STRING, Json.of("1"))).isNull();
        assertThat(ConstKeywords.scalarValue(ScalarKind.INTEGER, Json.of("'7'"))).isNull();
        assertThat(ConstKeywords.scalarValue(ScalarKind.LONG, Json.of("1.5"))).isNull();
        assertThat(ConstKeywords.scalarValue(ScalarKind.DOUBLE, Json.of("'1.5'"))).isNull();
        assertThat(ConstKeywords.scalarValue(ScalarKind.BOOLEAN, Json.of("null"))).isNull();
    }

    @Test
    void scalarValueOutOfRangeOrOfANonScalarKindIsNull() {
        assertThat(ConstKeywords.scalarValue(ScalarKind.INTEGER, Json.of("3000000000"))).isNull();
        assertThat(ConstKeywords.scalarValue(ScalarKind.LONG, Json.of("99999999999999999999"))).isNull();
        assertThat(ConstKeywords.scalarValue(ScalarKind.UUID, Json.of("'x'"))).isNull();
    }
}
