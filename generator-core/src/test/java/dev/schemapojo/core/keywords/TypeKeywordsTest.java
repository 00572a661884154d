package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TypeKeywordsTest {
    @Test
    void missingTypeObjectAndListsNamingObjectAreObjectLike() {
        assertThat(TypeKeywords.isObjectLike(Json.of("{}"))).isTrue();
        assertThat(TypeKeywords.isObjectLike(Json.of("{'type': 'object'}"))).isTrue();
        assertThat(TypeKeywords.isObjectLike(Json.of("{'type': ['null', 'object']}"))).isTrue();
        assertThat(TypeKeywords.isObjectLike(Json.of("{'type': 'string'}"))).isFalse();
        assertThat(TypeKeywords.isObjectLike(Json.of("{'type': ['string', 'null']}"))).isFalse();
        assertThat(TypeKeywords.isObjectLike(Json.of("{'type': 5}"))).isFalse();
    }

    @Test
    void isTypeMatchesOnlyTheOneString() {
        assertThat(TypeKeywords.isType(Json.of("{'type': 'string'}"), "string")).isTrue();
        assertThat(TypeKeywords.isType(Json.of("{'type': 'string'}"), "integer")).isFalse();
        assertThat(TypeKeywords.isType(Json.of("{'type': ['string']}"), "string")).isFalse();
        assertThat(TypeKeywords.isType(Json.of("{}"), "string")).isFalse();
    }

    @Test
    void nonNullTypesKeepListOrderAndSkipNullAndNonStrings() {
        assertThat(TypeKeywords.nonNullTypes(Json.of("{'type': ['integer', 'null', 5, 'string']}")))
                .containsExactly("integer", "string");
        assertThat(TypeKeywords.nonNullTypes(Json.of("{'type': 'string'}"))).isEmpty();
        assertThat(TypeKeywords.nonNullTypes(Json.of("{}"))).isEmpty();
    }

    @Test
    void severalTypesIsAListWithoutExactlyOneNonNullType() {
        assertThat(TypeKeywords.isSeveralTypes(Json.of("{'type': ['string', 'integer']}"))).isTrue();
        assertThat(TypeKeywords.isSeveralTypes(Json.of("{'type': ['null']}"))).isTrue();
        assertThat(TypeKeywords.isSeveralTypes(Json.of("{'type': []}"))).isTrue();
        assertThat(TypeKeywords.isSeveralTypes(Json.of("{'type': ['string', 'null']}"))).isFalse();
        assertThat(TypeKeywords.isSeveralTypes(Json.of("{'type': 'string'}"))).isFalse();
    }

    @Test
    void typeListWithOneNonNullTypeIsThatType() {
        assertThat(TypeKeywords.singleType(Json.of("{'type': ['null', 'integer']}"))).isEqualTo("integer");
        assertThat(TypeKeywords.singleType(Json.of("{'type': 'boolean'}"))).isEqualTo("boolean");
        assertThat(TypeKeywords.singleType(Json.of("{'type': ['string', 'integer']}"))).isEmpty();
    }

    @Test
    void explicitTypeWinsOverImpliedType() {
        assertThat(TypeKeywords.singleType(Json.of("{'type': 'string', 'properties': {'a': {}}, 'const': 1}")))
                .isEqualTo("string");
        assertThat(TypeKeywords.singleType(Json.of("{'type': ['number', 'string'], 'const': 1}"))).isEmpty();
    }

    @Test
    void impliedTypeTakesObjectKeywordsThenConstThenArrayKeywordsThenEnum() {
        assertThat(TypeKeywords.singleType(Json.of("{'additionalProperties': false, 'const': 'a'}")))
                .isEqualTo("object");
        assertThat(TypeKeywords.singleType(Json.of("{'const': 3, 'items': {}}"))).isEqualTo("integer");
        assertThat(TypeKeywords.singleType(Json.of("{'prefixItems': [{}], 'enum': [1, 2]}"))).isEqualTo("array");
        assertThat(TypeKeywords.singleType(Json.of("{'enum': [1, 2.5, null]}"))).isEqualTo("number");
    }

    @Test
    void constImpliesItsOwnType() {
        assertThat(TypeKeywords.singleType(Json.of("{'const': 'x'}"))).isEqualTo("string");
        assertThat(TypeKeywords.singleType(Json.of("{'const': 7}"))).isEqualTo("integer");
        assertThat(TypeKeywords.singleType(Json.of("{'const': 7.5}"))).isEqualTo("number");
        assertThat(TypeKeywords.singleType(Json.of("{'const': false}"))).isEqualTo("boolean");
    }

    @Test
    void schemaWithoutTypeOrTypingKeywordsHasNoSingleType() {
        assertThat(TypeKeywords.singleType(Json.of("{}"))).isEmpty();
        assertThat(TypeKeywords.singleType(Json.of("{'type': 5}"))).isEmpty();
        assertThat(TypeKeywords.singleType(Json.of("{'enum': [1, true]}"))).isEmpty();
    }

    @Test
    void nullIsAllowedByTypeListNullableNullBranchOrNullInEnum() {
        assertThat(TypeKeywords.allowsNull(Json.of("{'type': ['string', 'null']}"))).isTrue();
        assertThat(TypeKeywords.allowsNull(Json.of("{'type': 'string', 'nullable': true}"))).isTrue();
        assertThat(TypeKeywords.allowsNull(Json.of("{'anyOf': [{'type': 'string'}, {'type': 'null'}]}"))).isTrue();
        assertThat(TypeKeywords.allowsNull(Json.of("{'enum': ['a', null]}"))).isTrue();
        assertThat(TypeKeywords.allowsNull(Json.of("{'type': 'null'}"))).isTrue();
        assertThat(TypeKeywords.allowsNull(Json.of("{'const': null}"))).isTrue();
        assertThat(TypeKeywords.allowsNull(Json.of("{'type': 'string', 'nullable': false, 'enum': ['a']}")))
                .isFalse();
        assertThat(TypeKeywords.allowsNull(Json.of("{'type': 'string', 'const': 'a'}"))).isFalse();
    }

    @Test
    void nullableBranchPointsAtTheOtherBranch() {
        assertThat(TypeKeywords.nullableBranch(Json.of("{'anyOf': [{'$ref': '#/$defs/a'}, {'type': 'null'}]}")))
                .isEqualTo("/anyOf/0");
        assertThat(TypeKeywords.nullableBranch(Json.of("{'oneOf': [{'type': 'null'}, {'type': 'string'}]}")))
                .isEqualTo("/oneOf/1");
    }

    @Test
    void anyOfIsCheckedForTheNullableBranchBeforeOneOf() {
        JsonNode both = Json.of("""
                {'oneOf': [{'type': 'null'}, {'type': 'string'}],
                 'anyOf': [{'type': 'integer'}, {'type': 'null'}]}""");
        assertThat(TypeKeywords.nullableBranch(both)).isEqualTo("/anyOf/0");
    }

    @Test
    void nullableBranchNeedsTwoBranchesAndABareNullType() {
        assertThat(TypeKeywords.nullableBranch(
                Json.of("{'anyOf': [{'type': 'string'}, {'type': 'null'}, {'type': 'integer'}]}"))).isNull();
        assertThat(TypeKeywords.nullableBranch(
                Json.of("{'anyOf': [{'type': 'string'}, {'type': 'null', 'description': 'none'}]}"))).isNull();
        assertThat(TypeKeywords.nullableBranch(Json.of("{'anyOf': [{'type': 'string'}, {'type': 'integer'}]}")))
                .isNull();
        assertThat(TypeKeywords.nullableBranch(Json.of("{'type': ['string', 'null']}"))).isNull();
    }
}
