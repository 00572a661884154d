package dev.schemapojo.core.keywords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test input as JSON text in which single quotes stand for double quotes: {@code {'type': 'string'}}. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static JsonNode of(String json) {
        return MAPPER.readTree(json.replace('\'', '"'));
    }
}
