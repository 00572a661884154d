package dev.schemapojo.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.load.References.Reference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReferencesTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void eachReferenceKeywordMakesAReference() {
        assertThat(References.of(json("{'$ref': '#/$defs/a'}"))).isEqualTo(new Reference("$ref", "#/$defs/a"));
        assertThat(References.of(json("{'$recursiveRef': '#'}"))).isEqualTo(new Reference("$recursiveRef", "#"));
        assertThat(References.of(json("{'$dynamicRef': '#node'}"))).isEqualTo(new Reference("$dynamicRef", "#node"));
    }

    @Test
    void refWinsOverTheDynamicKeywords() {
        assertThat(References.of(json("{'$dynamicRef': '#node', '$recursiveRef': '#', '$ref': 'other.json'}")))
                .isEqualTo(new Reference("$ref", "other.json"));
    }

    @Test
    void recursiveRefWinsOverDynamicRef() {
        assertThat(References.of(json("{'$dynamicRef': '#node', '$recursiveRef': '#'}")))
                .isEqualTo(new Reference("$recursiveRef", "#"));
    }

    @Test
    void nonStringKeywordIsSkippedForTheNext() {
        assertThat(References.of(json("{'$ref': 5, '$dynamicRef': '#node'}")))
                .isEqualTo(new Reference("$dynamicRef", "#node"));
    }

    @Test
    void schemaWithoutReferenceMakesNone() {
        assertThat(References.of(json("{'type': 'string', '$id': 'x.json', '$anchor': 'a'}"))).isNull();
        assertThat(References.of(json("{'$ref': {'$ref': '#'}}"))).isNull();
        assertThat(References.target(json("{}"))).isNull();
    }

    @Test
    void targetIsTheTextOfTheReferenceRead() {
        assertThat(References.target(json("{'$ref': '#/a', '$dynamicRef': '#b'}"))).isEqualTo("#/a");
        assertThat(References.target(json("{'$dynamicRef': '#b'}"))).isEqualTo("#b");
    }

    @Test
    void staticRefReadsOnlyRef() {
        assertThat(References.staticRef(json("{'$ref': '#/a', '$dynamicRef': '#b'}"))).isEqualTo("#/a");
        assertThat(References.staticRef(json("{'$dynamicRef': '#b', '$recursiveRef': '#'}"))).isNull();
        assertThat(References.staticRef(json("{'$ref': true}"))).isNull();
    }

    @Test
    void keywordsAreListedInReadingOrder() {
        assertThat(References.KEYWORDS).containsExactly("$ref", "$recursiveRef", "$dynamicRef");
    }
}
