package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.keywords.ReferenceKeywords.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReferenceKeywordsTest {
    private static JsonNode json(String text) {
        return Json.of(text);
    }

    @Test
    void eachReferenceKeywordMakesAReference() {
        assertThat(ReferenceKeywords.of(json("{'$ref': '#/$defs/a'}"))).isEqualTo(new Reference("$ref", "#/$defs/a"));
        assertThat(ReferenceKeywords.of(json("{'$recursiveRef': '#'}"))).isEqualTo(new Reference("$recursiveRef", "#"));
        assertThat(ReferenceKeywords.of(json("{'$dynamicRef': '#node'}"))).isEqualTo(new Reference("$dynamicRef", "#node"));
    }

    @Test
    void refWinsOverTheDynamicKeywords() {
        assertThat(ReferenceKeywords.of(json("{'$dynamicRef': '#node', '$recursiveRef': '#', '$ref': 'other.json'}")))
                .isEqualTo(new Reference("$ref", "other.json"));
    }

    @Test
    void recursiveRefWinsOverDynamicRef() {
        assertThat(ReferenceKeywords.of(json("{'$dynamicRef': '#node', '$recursiveRef': '#'}")))
                .isEqualTo(new Reference("$recursiveRef", "#"));
    }

    @Test
    void nonStringKeywordIsSkippedForTheNext() {
        assertThat(ReferenceKeywords.of(json("{'$ref': 5, '$dynamicRef': '#node'}")))
                .isEqualTo(new Reference("$dynamicRef", "#node"));
    }

    @Test
    void schemaWithoutReferenceMakesNone() {
        assertThat(ReferenceKeywords.of(json("{'type': 'string', '$id': 'x.json', '$anchor': 'a'}"))).isNull();
        assertThat(ReferenceKeywords.of(json("{'$ref': {'$ref': '#'}}"))).isNull();
        assertThat(ReferenceKeywords.target(json("{}"))).isNull();
    }

    @Test
    void targetIsTheTextOfTheReferenceRead() {
        assertThat(ReferenceKeywords.target(json("{'$ref': '#/a', '$dynamicRef': '#b'}"))).isEqualTo("#/a");
        assertThat(ReferenceKeywords.target(json("{'$dynamicRef': '#b'}"))).isEqualTo("#b");
    }

    @Test
    void allListsEveryStringReferenceInReadingOrder() {
        assertThat(ReferenceKeywords.all(json("{'$dynamicRef': '#b', '$ref': '#/a', '$recursiveRef': 5}"))).containsExactly(
                new Reference("$ref", "#/a"), new Reference("$dynamicRef", "#b"));
        assertThat(ReferenceKeywords.all(json("{'type': 'string'}"))).isEmpty();
    }

    @Test
    void keywordsAreListedInReadingOrder() {
        assertThat(ReferenceKeywords.KEYWORDS).containsExactly("$ref", "$recursiveRef", "$dynamicRef");
    }
}
