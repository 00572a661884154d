package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.Schemas;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code additionalProperties}, {@code patternProperties} and {@code unevaluatedProperties}: inline maps,
 * closed classes, additional properties kept beside named ones, and schema files that are maps.
 */
class AdditionalPropertiesTest extends EndToEnd {
    @Test
    void inlineMapsTypeTheirValuesByTheRuleOfClassesAndAcceptEveryValidValue() throws Exception {
        Class<?> type = generate("Maps", """
                {"title": "Maps", "type": "object", "properties": {
                  "open": {"type": "object", "additionalProperties": true, "patternProperties": {"^x-": {"type": "string"}}},
                  "mixed": {"type": "object", "additionalProperties": {"type": "integer"},
                            "patternProperties": {"^x-": {"type": "string"}}},
                  "closed": {"type": "object", "additionalProperties": false, "patternProperties": {"^x-": {"type": "string"}}},
                  "counts": {"type": "object", "additionalProperties": {"type": "integer"}}}}
                """);
        assertThat(type.getMethod("getOpen").getGenericReturnType().getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
        assertThat(type.getMethod("getMixed").getGenericReturnType().getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
        assertThat(type.getMethod("getClosed").getGenericReturnType().getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.String>");
        assertThat(type.getMethod("getCounts").getGenericReturnType().getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.Long>");
        // valid instances: "n" is no x- name, so additionalProperties decides its value
        String json = "{\"open\":{\"x-a\":\"s\",\"n\":{\"deep\":[1]}},\"mixed\":{\"x-a\":\"s\",\"n\":2},"
                + "\"closed\":{\"x-a\":\"s\"},\"counts\":{\"n\":3}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
    }

    @Test
    void closedObjectsRejectUnknownProperties() {
        Schemas.write(dir.resolve("schemas"), "p.json", """
                {"title": "Point", "type": "object", "additionalProperties": false,
                 "properties": {"x": {"type": "number"}}}
                """);
        Class<?> point = compileSchemas(TypeNaming.TITLE).load("com.example.Point");
        assertThat(call(JSON.readValue("{\"x\":1}", point), "getX")).isEqualTo(1.0);
        assertThatThrownBy(() -> JSON.readValue("{\"x\":1,\"y\":2}", point))
                .hasMessageContaining("Cannot read Point: unknown property \"y\" (the schema allows no additional properties)");
    }

    @Test
    void patternPropertiesBesideAdditionalPropertiesFalseAreKeptAndOtherNamesRejected() throws Exception {
        Class<?> type = generate("Env", """
                {"title": "Env", "type": "object", "additionalProperties": false,
                 "properties": {"name": {"type": "string"}},
                 "patternProperties": {"^x-": {"type": "integer"}, "^[A-Z]+$": {"type": "integer"}}}
                """);
        String json = "{\"name\":\"n\",\"x-a\":1,\"HOME\":2}";
        Object read = JSON.readValue(json, type);
        assertThat(JSON.readTree(JSON.writeValueAsString(read))).isEqualTo(JSON.readTree(json));
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))))
                .isEqualTo(JACKSON2.readTree(json));
        assertThatThrownBy(() -> JSON.readValue("{\"name\":\"n\",\"home\":2}", type))
                .hasMessageContaining("Env: unknown property \"home\" (the schema allows no additional properties but"
                        + " those its patternProperties match)");
        Class<?> one = generate("Tags", """
                {"title": "Tags", "type": "object", "additionalProperties": false,
                 "properties": {"id": {"type": "string"}}, "patternProperties": {"^t_": {"type": "boolean"}}}
                """);
        assertThat(call(JSON.readValue("{\"id\":\"i\",\"t_on\":true}", one), "getAdditionalProperties"))
                .isEqualTo(Map.of("t_on", true));
        assertThatThrownBy(() -> JSON.readValue("{\"t_on\":\"yes\"}", one)).isInstanceOf(Exception.class);
    }

    @Test
    void unevaluatedPropertiesFalseDoesNotRejectWhatAMergedBranchAllows() throws Exception {
        Class<?> type = generate("Opened", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Opened", "type": "object",
                 "properties": {"foo": {"type": "string"}},
                 "allOf": [{"patternProperties": {"^bar": {"type": "string"}}}], "unevaluatedProperties": false}
                """);
        String json = "{\"foo\":\"f\",\"bar\":\"b\"}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))).isEqualTo(json);
    }

    @Test
    void unevaluatedPropertiesFalseClosesTheMergedClass() {
        Class<?> type = generate("Closed", """
                {"title": "Closed", "allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": {"type": "string"}}}],
                 "unevaluatedProperties": false}
                """);
        assertThat(JSON.readValue("{\"a\": \"x\", \"b\": \"y\"}", type)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"a\": \"x\", \"c\": 1}", type))
                .hasMessageContaining("unknown property \"c\"");
        Class<?> open = generate("Tagged", """
                {"title": "Tagged", "properties": {"a": {"type": "string"}}, "unevaluatedProperties": {"type": "boolean"}}
                """);
        assertThat(call(JSON.readValue("{\"a\": \"x\", \"on\": true}", open), "getAdditionalProperties"))
                .isEqualTo(Map.of("on", true));
    }

    @Test
    void additionalPropertiesBesideNamedOnesAreKeptTypedAndWrittenBack() throws Exception {
        Class<?> type = generate("Labels", """
                {"title": "Labels", "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}},
                 "additionalProperties": {"type": "object", "required": ["v"], "properties": {"v": {"type": "integer"}}}}
                """);
        String json = "{\"id\":\"a\",\"x\":{\"v\":1},\"y\":{\"v\":2}}";
        for (var mapper : new Object[] {JSON, new com.fasterxml.jackson.databind.ObjectMapper()}) {
            Object read = mapper instanceof JsonMapper j ? j.readValue(json, type)
                    : ((com.fasterxml.jackson.databind.ObjectMapper) mapper).readValue(json, type);
            String written = mapper instanceof JsonMapper j ? j.writeValueAsString(read)
                    : ((com.fasterxml.jackson.databind.ObjectMapper) mapper).writeValueAsString(read);
            assertThat(written).isEqualTo(json);
            @SuppressWarnings("unchecked")
            Map<String, Object> extra = (Map<String, Object>) call(read, "getAdditionalProperties");
            assertThat(extra).containsOnlyKeys("x", "y");
            assertThat(call(extra.get("y"), "getV")).isEqualTo(2L);
            assertThatThrownBy(() -> extra.put("z", null)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> JSON.readValue("{\"id\":\"a\",\"x\":{}}", type)).hasMessageContaining("missing required properties [v]");
        Object builder = call(call(call(type, "builder"), "id", "b"), "additionalProperty", "k", null);
        assertThatThrownBy(() -> call(builder, "build"))
                .hasMessageContaining("Cannot build Labels: null elements in [(additional properties)]");
    }

    @Test
    void additionalPropertiesTrueKeepAnyValueAndPatternPropertiesTheirType() throws Exception {
        Class<?> open = generate("Open", """
                {"title": "Open", "type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": true}
                """);
        String json = "{\"id\":\"a\",\"n\":null,\"list\":[1,\"two\"],\"o\":{\"deep\":true}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, open))).isEqualTo(json);
        Class<?> patterned = generate("Env", """
                {"title": "Env", "type": "object", "properties": {"name": {"type": "string"}},
                 "patternProperties": {"^X-": {"type": "integer"}}}
                """);
        Object read = JSON.readValue("{\"name\":\"n\",\"X-a\":1}", patterned);
        assertThat(call(read, "getAdditionalProperties")).isEqualTo(Map.of("X-a", 1L));
        assertThatThrownBy(() -> JSON.readValue("{\"X-a\":\"one\"}", patterned)).hasMessageContaining("one");
    }

    @Test
    void aSchemaFileThatIsAMapIsAClassAroundTheMap() throws Exception {
        Schemas.write(dir.resolve("s"), "scopes.json", """
                {"title": "Scopes", "type": "object", "additionalProperties": {"type": "string"}}
                """);
        Class<?> flow = generate("Flow", """
                {"title": "Flow", "type": "object", "properties": {"scopes": {"$ref": "scopes.json"}}}
                """);
        String json = "{\"scopes\":{\"read\":\"Read it\",\"write\":\"Change it\"}}";
        Object read = JSON.readValue(json, flow);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
        Object scopes = call(read, "getScopes");
        assertThat(scopes.getClass().getSimpleName()).isEqualTo("Scopes");
        assertThat(call(scopes, "getAdditionalProperties")).isEqualTo(Map.of("read", "Read it", "write", "Change it"));
    }

    @Test
    void requiredKeysOfAMapClassAreChecked() {
        Class<?> services = generate("Services", """
                {"title": "Services", "type": "object", "required": ["auth", "data"],
                 "propertyNames": {"enum": ["auth", "data", "cache"]}, "additionalProperties": {"type": "string"}}
                """);
        assertThat(JSON.readValue("{\"auth\": \"a\", \"data\": \"d\"}", services)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"auth\": \"a\"}", services))
                .hasMessageContaining("Cannot build Services: missing required properties [data]");
    }

    @Test
    void membersAMergedBranchGivesASchemaAreKeptInTheDefaultModeToo() throws Exception {
        // AsyncAPI's bindings: the object reached through allOf/if/then allows "x-" extensions by patternProperties
        Schemas.write(dir.resolve("s"), "binding.json", """
                {"title": "Binding", "type": "object", "properties": {"kafka": {"allOf": [
                  {"if": {"not": {"required": ["bindingVersion"]}}, "then": {"$ref": "#/$defs/k"}}]}},
                 "$defs": {"k": {"type": "object", "properties": {"topic": {"type": "string"}},
                   "patternProperties": {"^x-": {}}, "additionalProperties": false}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.not-represented /properties/kafka/allOf/0/if");
        Class<?> type = load(generator, "Binding");
        String json = "{\"kafka\":{\"topic\":\"t\",\"x-key.a\":{\"type\":\"string\"}}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, type))).isEqualTo(json);
    }
}
