package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectKeywordsTest {
    @Test
    void hasPropertiesNeedsAnObjectWithAnEntry() {
        assertThat(ObjectKeywords.hasProperties(Json.of("{'properties': {'a': {}}}"))).isTrue();
        assertThat(ObjectKeywords.hasProperties(Json.of("{'properties': {}}"))).isFalse();
        assertThat(ObjectKeywords.hasProperties(Json.of("{'properties': ['a']}"))).isFalse();
        assertThat(ObjectKeywords.hasProperties(Json.of("{}"))).isFalse();
    }

    @Test
    void eachObjectKeywordMakesAnObjectSchema() {
        assertThat(ObjectKeywords.hasObjectKeywords(Json.of("{'properties': {}}"))).isTrue();
        assertThat(ObjectKeywords.hasObjectKeywords(Json.of("{'additionalProperties': false}"))).isTrue();
        assertThat(ObjectKeywords.hasObjectKeywords(Json.of("{'patternProperties': {'^x': {}}}"))).isTrue();
        assertThat(ObjectKeywords.hasObjectKeywords(Json.of("{'unevaluatedProperties': false}"))).isTrue();
        assertThat(ObjectKeywords.hasObjectKeywords(Json.of("{'required': ['a'], 'type': 'object'}"))).isFalse();
    }

    @Test
    void additionalPropertiesWinsOverUnevaluatedProperties() {
        assertThat(ObjectKeywords.otherPropertiesKeyword(Json.of("{}"))).isEqualTo("additionalProperties");
        assertThat(ObjectKeywords.otherPropertiesKeyword(Json.of("{'unevaluatedProperties': false}")))
                .isEqualTo("unevaluatedProperties");
        assertThat(ObjectKeywords.otherPropertiesKeyword(
                Json.of("{'unevaluatedProperties': false, 'additionalProperties': true}")))
                .isEqualTo("additionalProperties");
    }

    @Test
    void falseOtherPropertiesKeywordClosesTheObject() {
        assertThat(ObjectKeywords.isClosed(Json.of("{'additionalProperties': false}"))).isTrue();
        assertThat(ObjectKeywords.isClosed(Json.of("{'unevaluatedProperties': false}"))).isTrue();
        assertThat(ObjectKeywords.isClosed(Json.of("{'additionalProperties': {}}"))).isFalse();
        assertThat(ObjectKeywords.isClosed(Json.of("{'additionalProperties': 'false'}"))).isFalse();
        assertThat(ObjectKeywords.isClosed(Json.of("{}"))).isFalse();
    }

    @Test
    void unevaluatedFalseDoesNotCloseWhenAdditionalPropertiesAllows() {
        assertThat(ObjectKeywords.isClosed(Json.of("{'additionalProperties': true, 'unevaluatedProperties': false}")))
                .isFalse();
    }

    @Test
    void otherPropertiesSchemaIsTheOtherPropertiesKeywordSchema() {
        assertThat(ObjectKeywords.otherPropertiesSchema(Json.of("{'additionalProperties': {'type': 'string'}}")))
                .containsExactly("additionalProperties");
        assertThat(ObjectKeywords.otherPropertiesSchema(Json.of("{'unevaluatedProperties': {'type': 'integer'}}")))
                .containsExactly("unevaluatedProperties");
    }

    @Test
    void otherPropertiesSchemaIsTheOnePatternSchemaWhenNothingElseIsSaid() {
        assertThat(ObjectKeywords.otherPropertiesSchema(Json.of("{'patternProperties': {'^x-': {'type': 'string'}}}")))
                .containsExactly("patternProperties", "^x-");
    }

    @Test
    void noOneOtherPropertiesSchema() {
        assertThat(ObjectKeywords.otherPropertiesSchema(Json.of("{}"))).isNull();
        assertThat(ObjectKeywords.otherPropertiesSchema(Json.of("{'additionalProperties': {}}"))).isNull();
        assertThat(ObjectKeywords.otherPropertiesSchema(Json.of("{'additionalProperties': true}"))).isNull();
        assertThat(ObjectKeywords.otherPropertiesSchema(
                Json.of("{'additionalProperties': {'type': 'string'}, 'patternProperties': {'^x': {}}}"))).isNull();
        assertThat(ObjectKeywords.otherPropertiesSchema(
                Json.of("{'additionalProperties': true, 'patternProperties': {'^x': {}}}"))).isNull();
        assertThat(ObjectKeywords.otherPropertiesSchema(
                Json.of("{'patternProperties': {'^x': {}, '^y': {}}}"))).isNull();
    }

    @Test
    void otherPropertiesAreAllowedBySchemaTrueOrPatterns() {
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{'additionalProperties': true}"))).isTrue();
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{'additionalProperties': {}}"))).isTrue();
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{'unevaluatedProperties': {'type': 'string'}}")))
                .isTrue();
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{'patternProperties': {'^x': {}}}"))).isTrue();
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{}"))).isFalse();
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{'additionalProperties': false}"))).isFalse();
        assertThat(ObjectKeywords.allowsOtherProperties(Json.of("{'patternProperties': {}}"))).isFalse();
    }

    @Test
    void namedMapIsAnObjectTypeWithOnlyOtherProperties() {
        assertThat(ObjectKeywords.isNamedMap(Json.of("{'type': 'object', 'additionalProperties': {}}"))).isTrue();
        assertThat(ObjectKeywords.isNamedMap(
                Json.of("{'type': 'object', 'properties': {}, 'patternProperties': {'^x': {}}}"))).isTrue();
        assertThat(ObjectKeywords.isNamedMap(
                Json.of("{'type': 'object', 'properties': {'a': {}}, 'additionalProperties': {}}"))).isFalse();
        assertThat(ObjectKeywords.isNamedMap(Json.of("{'additionalProperties': {}}"))).isFalse();
        assertThat(ObjectKeywords.isNamedMap(Json.of("{'type': 'object'}"))).isFalse();
        assertThat(ObjectKeywords.isNamedMap(Json.of("{'type': 'object', 'additionalProperties': false}"))).isFalse();
    }
}
