package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code dependentRequired} and draft 7's array-valued {@code dependencies}. The draft 7 schema of
 * {@link #anchorsPropertyNamesBase64Dependencies()} also covers plain-name {@code "$id": "#name"} anchors,
 * {@code propertyNames} and {@code contentEncoding}.
 */
class DependenciesTest extends EndToEnd {
    @Test
    void dependentRequiredIsCheckedByBuildAndOnRead() {
        Class<?> type = generate("Pay", """
                {"title": "Pay", "type": "object", "properties": {
                  "card": {"type": "string"}, "billing": {"type": "string"}, "cvc": {"type": "string"}},
                 "dependentRequired": {"card": ["billing", "cvc"]}}
                """);
        assertThat(JSON.readValue("{\"billing\": \"b\"}", type)).isNotNull();
        assertThat(JSON.readValue("{\"card\": \"c\", \"billing\": \"b\", \"cvc\": \"1\"}", type)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"card\": \"c\", \"billing\": \"b\"}", type))
                .hasMessageContaining("Cannot build Pay: dependentRequired not met for [card]");
    }

    @Test
    void anchorsPropertyNamesBase64Dependencies() throws Exception {
        Class<?> type = generate("Doc", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Doc", "type": "object", "properties": {
                  "home": {"$ref": "#addr"},
                  "counts": {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}, "additionalProperties": {"type": "integer"}},
                  "blob": {"type": "string", "contentEncoding": "base64"},
                  "card": {"type": "string"}, "cvc": {"type": "string"}},
                 "dependencies": {"card": ["cvc"]},
                 "definitions": {"address": {"$id": "#addr", "type": "object", "properties": {"city": {"type": "string"}}}}}
                """);
        String json = "{\"home\":{\"city\":\"Oslo\"},\"counts\":{\"a\":1},\"blob\":\"aGk=\"}";
        Object read = JSON.readValue(json, type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
        assertThat(call(read, "getCounts")).isEqualTo(Map.of("a", 1L));
        assertThat(type.getMethod("getBlob").getReturnType()).isEqualTo(String.class);
        assertThatThrownBy(() -> JSON.readValue("{\"card\": \"4111\"}", type))
                .hasMessageContaining("dependentRequired not met for [card]");
    }
}
