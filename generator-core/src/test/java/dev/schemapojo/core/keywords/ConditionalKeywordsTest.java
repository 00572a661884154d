package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalKeywordsTest {
    @Test
    void ifWithThenOrElseIsAConditional() {
        assertThat(ConditionalKeywords.hasConditional(Json.of("{'if': {}, 'then': {}}"))).isTrue();
        assertThat(ConditionalKeywords.hasConditional(Json.of("{'if': {}, 'else': {}}"))).isTrue();
    }

    @Test
    void ifAloneOrBooleanSchemasAreNoConditional() {
        assertThat(ConditionalKeywords.hasConditional(Json.of("{'if': {}}"))).isFalse();
        assertThat(ConditionalKeywords.hasConditional(Json.of("{'then': {}, 'else': {}}"))).isFalse();
        assertThat(ConditionalKeywords.hasConditional(Json.of("{'if': true, 'then': {}}"))).isFalse();
        assertThat(ConditionalKeywords.hasConditional(Json.of("{'if': {}, 'then': false, 'else': true}"))).isFalse();
    }

    @Test
    void propertyTestMayUseRequiredTypeAndAnnotations() {
        assertThat(ConditionalKeywords.onlyTestsProperties(Json.of("""
                {'properties': {'kind': {'const': 'a'}}, 'required': ['kind'], 'type': 'object',
                 '$comment': 'c', 'description': 'd', 'title': 't'}""")))
                .isTrue();
        assertThat(ConditionalKeywords.onlyTestsProperties(Json.of("{}"))).isTrue();
    }

    @Test
    void anyOtherKeywordIsMoreThanAPropertyTest() {
        assertThat(ConditionalKeywords.onlyTestsProperties(Json.of("{'properties': {}, 'minProperties': 1}")))
                .isFalse();
        assertThat(ConditionalKeywords.onlyTestsProperties(Json.of("{'not': {'required': ['a']}}"))).isFalse();
        assertThat(ConditionalKeywords.onlyTestsProperties(Json.of("{'$ref': '#/$defs/a'}"))).isFalse();
    }

    @Test
    void presenceIsTheRequiredNamesOnceInOrder() {
        assertThat(ConditionalKeywords.presence(Json.of("{'required': ['b', 'a', 'b']}"))).containsExactly("b", "a");
        assertThat(ConditionalKeywords.presence(Json.of("{'properties': {'a': {}}}"))).isEmpty();
        assertThat(ConditionalKeywords.presence(Json.of("{'required': 'a'}"))).isEmpty();
    }

    @Test
    void requiredOfIsTheBranchStringNamesInOrder() {
        var schema = Json.of("""
                {'if': {'required': ['x']},
                 'then': {'required': ['b', 7, 'a']},
                 'else': {'required': ['c']}}""");

        assertThat(ConditionalKeywords.requiredOf(schema, "then")).containsExactly("b", "a");
        assertThat(ConditionalKeywords.requiredOf(schema, "else")).containsExactly("c");
    }

    @Test
    void requiredOfAMissingBranchOrNonListRequiredIsEmpty() {
        assertThat(ConditionalKeywords.requiredOf(Json.of("{'if': {}, 'then': {}}"), "else")).isEmpty();
        assertThat(ConditionalKeywords.requiredOf(Json.of("{'then': {'required': 'a'}}"), "then")).isEmpty();
    }
}
