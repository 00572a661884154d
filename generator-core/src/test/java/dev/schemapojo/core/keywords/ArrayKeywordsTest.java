package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrayKeywordsTest {
    @Test
    void prefixItemsWinOverAnItemsList() {
        assertThat(ArrayKeywords.tuplePositions(Json.of("{'prefixItems': [{}], 'items': [{}, {}]}")))
                .isEqualTo("prefixItems");
        assertThat(ArrayKeywords.tuplePositions(Json.of("{'items': [{}, {}]}"))).isEqualTo("items");
    }

    @Test
    void noTuplePositionsWithoutAList() {
        assertThat(ArrayKeywords.tuplePositions(Json.of("{'items': {'type': 'string'}}"))).isNull();
        assertThat(ArrayKeywords.tuplePositions(Json.of("{'prefixItems': {}}"))).isNull();
        assertThat(ArrayKeywords.tuplePositions(Json.of("{}"))).isNull();
    }

    @Test
    void nonListPrefixItemsLeaveTheItemsList() {
        assertThat(ArrayKeywords.tuplePositions(Json.of("{'prefixItems': 5, 'items': [{}]}"))).isEqualTo("items");
    }

    @Test
    void restKeywordFollowsThePositionsKeyword() {
        assertThat(ArrayKeywords.restKeyword("prefixItems")).isEqualTo("items");
        assertThat(ArrayKeywords.restKeyword("items")).isEqualTo("additionalItems");
    }

    @Test
    void tupleIsClosedByFalseRestKeyword() {
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}], 'items': false}")))
                .isEqualTo("prefixItems");
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'items': [{}], 'additionalItems': false}")))
                .isEqualTo("items");
    }

    @Test
    void restKeywordOfTheOtherDraftDoesNotClose() {
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}], 'additionalItems': false}")))
                .isNull();
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}], 'items': true}"))).isNull();
    }

    @Test
    void tupleIsClosedByMaxItemsNoLargerThanThePositions() {
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}, {}], 'maxItems': 2}")))
                .isEqualTo("prefixItems");
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}, {}], 'maxItems': 1}")))
                .isEqualTo("prefixItems");
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}, {}], 'maxItems': 3}"))).isNull();
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [{}, {}], 'maxItems': '2'}")))
                .isNull();
    }

    @Test
    void tupleWithoutPositionsIsNeverClosed() {
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'prefixItems': [], 'items': false}"))).isNull();
        assertThat(ArrayKeywords.closedTuplePositions(Json.of("{'items': {}, 'maxItems': 0}"))).isNull();
    }

    @Test
    void minItemsRequiresPositionsUpToTheirCount() {
        assertThat(ArrayKeywords.requiredPositions(Json.of("{'minItems': 2}"), 3)).isEqualTo(2);
        assertThat(ArrayKeywords.requiredPositions(Json.of("{'minItems': 5}"), 3)).isEqualTo(3);
        assertThat(ArrayKeywords.requiredPositions(Json.of("{'minItems': -1}"), 3)).isZero();
        assertThat(ArrayKeywords.requiredPositions(Json.of("{'minItems': '2'}"), 3)).isZero();
        assertThat(ArrayKeywords.requiredPositions(Json.of("{}"), 3)).isZero();
    }

    @Test
    void itemSchemaAndUniqueItems() {
        assertThat(ArrayKeywords.hasItemSchema(Json.of("{'items': {}}"))).isTrue();
        assertThat(ArrayKeywords.hasItemSchema(Json.of("{'items': [{}]}"))).isFalse();
        assertThat(ArrayKeywords.hasItemSchema(Json.of("{'items': true}"))).isFalse();
        // an open tuple: the positions before items must be the same schema, or no one schema describes every item
        assertThat(ArrayKeywords.hasItemSchema(Json.of("{'prefixItems': [{'type': 'string'}], 'items': {'type': 'integer'}}")))
                .isFalse();
        assertThat(ArrayKeywords.hasItemSchema(Json.of("{'prefixItems': [{'type': 'string'}], 'items': {'type': 'string'}}")))
                .isTrue();
        assertThat(ArrayKeywords.uniqueItems(Json.of("{'uniqueItems': true}"))).isTrue();
        assertThat(ArrayKeywords.uniqueItems(Json.of("{'uniqueItems': false}"))).isFalse();
        assertThat(ArrayKeywords.uniqueItems(Json.of("{}"))).isFalse();
    }
}
