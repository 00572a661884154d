package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class CombinatorKeywordsTest {
    @Test
    void oneOfReferencesAndAnyOfObjectsAreUnions() {
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}, {'$ref': '#/$defs/b'}]}")))
                .isTrue();
        assertThat(CombinatorKeywords.isUnion(Json.of("""
                {'anyOf': [{'properties': {'a': {}}},
                           {'type': 'object', 'properties': {'b': {}}}]}""")))
                .isTrue();
    }

    @Test
    void branchThatIsNoReferenceObjectWithPropertiesOrSchemaOfOneOtherKindIsNoUnion() {
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}, {'type': 'object'}]}")))
                .isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}, {'minLength': 1}]}")))
                .isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}, {'type': ['string', 'integer']}]}")))
                .isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}, {'$ref': 5}]}"))).isFalse();
    }

    @Test
    void singleBranchNullablePatternOrOwnPropertiesIsNoUnion() {
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}]}"))).isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("{'anyOf': [{'$ref': '#/$defs/a'}, {'type': 'null'}]}")))
                .isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("""
                {'properties': {'id': {}},
                 'oneOf': [{'$ref': '#/$defs/a'}, {'$ref': '#/$defs/b'}]}""")))
                .isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': {'$ref': '#/$defs/a'}}"))).isFalse();
    }

    @Test
    void oneOfOfTwoOrMoreBranchesDecidesBeforeAnyOf() {
        assertThat(CombinatorKeywords.isUnion(Json.of("""
                {'oneOf': [{'$ref': '#/$defs/a'}, {'$ref': '#/$defs/b'}],
                 'anyOf': [{'type': 'string'}, {'type': 'integer'}]}""")))
                .isTrue();
        assertThat(CombinatorKeywords.isUnion(Json.of("""
                {'oneOf': [{'type': 'string'}, {'minimum': 1}],
                 'anyOf': [{'$ref': '#/$defs/a'}, {'$ref': '#/$defs/b'}]}""")))
                .isFalse();
    }

    @Test
    void branchesOfDifferentKindsAreAUnionWhenTheSchemaHasNoTypeOfItsOwn() {
        assertThat(CombinatorKeywords.isUnion(Json.of("{'oneOf': [{'$ref': '#/$defs/a'}, {'type': 'string'}]}"))).isTrue();
        assertThat(CombinatorKeywords.isUnion(Json.of("""
                {'anyOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}, {'type': 'null'}]}""")))
                .isTrue();
        // two strings are told apart by content, not by kind; a type of its own decides what the value is
        assertThat(CombinatorKeywords.isUnion(Json.of("{'anyOf': [{'type': 'string'}, {'type': 'string', 'format': 'uri'}]}")))
                .isFalse();
        assertThat(CombinatorKeywords.isUnion(Json.of("{'type': 'string', 'anyOf': [{'type': 'string'}, {'type': 'integer'}]}")))
                .isFalse();
    }

    @Test
    void unionKeywordIsOneOfWhenPresent() {
        assertThat(CombinatorKeywords.unionKeyword(Json.of("{'oneOf': [], 'anyOf': []}"))).isEqualTo("oneOf");
        assertThat(CombinatorKeywords.unionKeyword(Json.of("{'anyOf': []}"))).isEqualTo("anyOf");
        assertThat(CombinatorKeywords.unionKeyword(Json.of("{'oneOf': 5, 'anyOf': []}"))).isEqualTo("anyOf");
    }

    @Test
    void allOfOfObjectSchemasIsAnObjectAllOf() {
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("""
                {'allOf': [{'$ref': '#/$defs/base'}, {'type': ['object', 'null'], 'properties': {'a': {}}}]}""")))
                .isTrue();
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("{'allOf': [{}]}"))).isTrue();
    }

    @Test
    void allOfWithANonObjectBranchOrNoBranchesIsNoObjectAllOf() {
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("{'allOf': [{'$ref': '#/a'}, {'type': 'string'}]}")))
                .isFalse();
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("{'allOf': [{'$ref': '#/a'}, true]}"))).isFalse();
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("{'allOf': []}"))).isFalse();
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("{'allOf': {}}"))).isFalse();
        assertThat(CombinatorKeywords.isObjectAllOf(Json.of("{}"))).isFalse();
    }

    @Test
    void discriminatorPropertyIsTheStringPropertyName() {
        assertThat(CombinatorKeywords.discriminatorProperty(Json.of("{'discriminator': {'propertyName': 'kind'}}")))
                .isEqualTo("kind");
        assertThat(CombinatorKeywords.discriminatorProperty(Json.of("{'discriminator': {'propertyName': 1}}")))
                .isNull();
        assertThat(CombinatorKeywords.discriminatorProperty(Json.of("{'discriminator': 'kind'}"))).isNull();
        assertThat(CombinatorKeywords.discriminatorProperty(Json.of("{}"))).isNull();
    }

    @Test
    void discriminatorMappingKeepsStringEntriesInOrder() {
        assertThat(CombinatorKeywords.discriminatorMapping(Json.of("""
                {'discriminator': {'propertyName': 'kind',
                  'mapping': {'zebra': '#/$defs/Z', 'bad': 3, 'ant': '#/$defs/A'}}}""")))
                .containsExactly(entry("zebra", "#/$defs/Z"), entry("ant", "#/$defs/A"));
        assertThat(CombinatorKeywords.discriminatorMapping(Json.of("{'discriminator': {'propertyName': 'kind'}}")))
                .isEmpty();
        assertThat(CombinatorKeywords.discriminatorMapping(Json.of("{}"))).isEmpty();
    }
}
