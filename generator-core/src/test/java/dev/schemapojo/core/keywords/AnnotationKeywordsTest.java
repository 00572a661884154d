package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationKeywordsTest {
    @Test
    void textIsTheStringValueOfTheKeyword() {
        var schema = Json.of("{'title': 'Pet', 'description': 'A pet.', 'format': 'uuid'}");

        assertThat(AnnotationKeywords.text(schema, "title")).isEqualTo("Pet");
        assertThat(AnnotationKeywords.text(schema, "format")).isEqualTo("uuid");
        assertThat(AnnotationKeywords.description(schema)).isEqualTo("A pet.");
    }

    @Test
    void missingOrNonStringKeywordIsEmptyText() {
        assertThat(AnnotationKeywords.text(Json.of("{}"), "title")).isEmpty();
        assertThat(AnnotationKeywords.text(Json.of("{'title': 5}"), "title")).isEmpty();
        assertThat(AnnotationKeywords.description(Json.of("{'description': ['a']}"))).isEmpty();
        assertThat(AnnotationKeywords.description(Json.of("{'description': null}"))).isEmpty();
    }

    @Test
    void writeOnlyOrPasswordFormatIsSensitive() {
        assertThat(AnnotationKeywords.sensitive(Json.of("{'type': 'string', 'writeOnly': true}"))).isTrue();
        assertThat(AnnotationKeywords.sensitive(Json.of("{'type': 'string', 'format': 'password'}"))).isTrue();
    }

    @Test
    void otherSchemasAreNotSensitive() {
        assertThat(AnnotationKeywords.sensitive(Json.of("{'type': 'string'}"))).isFalse();
        assertThat(AnnotationKeywords.sensitive(Json.of("{'writeOnly': false, 'format': 'email'}"))).isFalse();
        assertThat(AnnotationKeywords.sensitive(Json.of("{'readOnly': true, 'description': 'password'}"))).isFalse();
    }
}
