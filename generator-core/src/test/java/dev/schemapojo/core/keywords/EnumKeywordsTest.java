package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import org.junit.jupiter.api.Test;

class EnumKeywordsTest {
    @Test
    void stringsWithOrWithoutNullAreAStringEnum() {
        assertThat(EnumKeywords.isStringEnum(Json.of("{'enum': ['a', 'b']}"))).isTrue();
        assertThat(EnumKeywords.isStringEnum(Json.of("{'enum': [null, 'a']}"))).isTrue();
    }

    @Test
    void emptyNullOnlyMixedOrNonListEnumIsNoStringEnum() {
        assertThat(EnumKeywords.isStringEnum(Json.of("{'enum': []}"))).isFalse();
        assertThat(EnumKeywords.isStringEnum(Json.of("{'enum': [null]}"))).isFalse();
        assertThat(EnumKeywords.isStringEnum(Json.of("{'enum': ['a', 1]}"))).isFalse();
        assertThat(EnumKeywords.isStringEnum(Json.of("{'enum': 'x'}"))).isFalse();
        assertThat(EnumKeywords.isStringEnum(Json.of("{'type': 'string'}"))).isFalse();
    }

    @Test
    void stringValuesAreTheStringsOnly() {
        assertThat(EnumKeywords.stringValues(Json.of("{'enum': ['a', 1, null, 'b', 'a']}")))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(EnumKeywords.stringValues(Json.of("{'enum': 'x'}"))).isEmpty();
    }

    @Test
    void valuesOfAKindAreThoseOfItsJsonTypeEachOnceInOrder() {
        assertThat(EnumKeywords.values(Json.of("{'enum': [3, 'a', 1, 2.5, 3, null, true]}"), ScalarKind.LONG))
                .containsExactly(new Literal.Long(3), new Literal.Long(1));
        assertThat(EnumKeywords.values(Json.of("{'enum': [true, 1, false, true]}"), ScalarKind.BOOLEAN))
                .containsExactly(new Literal.Bool(true), new Literal.Bool(false));
    }

    @Test
    void integerValuesOutsideIntAreLeftOutOfAnInt32Enum() {
        assertThat(EnumKeywords.values(Json.of("{'enum': [1, 3000000000]}"), ScalarKind.INTEGER))
                .containsExactly(new Literal.Int(1));
    }

    @Test
    void doubleEnumTakesIntegersAndNumbers() {
        assertThat(EnumKeywords.values(Json.of("{'enum': [1, 2.5, 'x']}"), ScalarKind.DOUBLE))
                .containsExactly(new Literal.Dbl(1.0), new Literal.Dbl(2.5));
    }

    @Test
    void valuesOfAMissingEnumOrNonScalarKindAreEmpty() {
        assertThat(EnumKeywords.values(Json.of("{}"), ScalarKind.STRING)).isEmpty();
        assertThat(EnumKeywords.values(Json.of("{'enum': ['a']}"), ScalarKind.UUID)).isEmpty();
    }

    @Test
    void enumJsonTypeIsTheOneTypeOfTheNonNullValues() {
        assertThat(EnumKeywords.enumJsonType(Json.of("[1, 2, null]"))).isEqualTo("integer");
        assertThat(EnumKeywords.enumJsonType(Json.of("[1.5, 2.5]"))).isEqualTo("number");
        assertThat(EnumKeywords.enumJsonType(Json.of("[true, false]"))).isEqualTo("boolean");
    }

    @Test
    void integersMixedWithNumbersAreNumber() {
        assertThat(EnumKeywords.enumJsonType(Json.of("[1, 2.5, 3]"))).isEqualTo("number");
    }

    @Test
    void mixedEmptyOrNullOnlyEnumHasNoJsonType() {
        assertThat(EnumKeywords.enumJsonType(Json.of("[1, true]"))).isEmpty();
        assertThat(EnumKeywords.enumJsonType(Json.of("[1, {'a': 1}]"))).isEmpty();
        assertThat(EnumKeywords.enumJsonType(Json.of("[null]"))).isEmpty();
        assertThat(EnumKeywords.enumJsonType(Json.of("[]"))).isEmpty();
    }
}
