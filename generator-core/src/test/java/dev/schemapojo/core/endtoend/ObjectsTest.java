package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.UnknownProperties;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code type: object} with {@code properties} and {@code required}: the scalar types, nested objects, enums,
 * lists and maps a class holds, awkward property names, and a schema file with empty {@code properties}.
 */
class ObjectsTest extends EndToEnd {
    @Test
    void scalarsNestedObjectsEnumsMapsAndLists() throws Exception {
        Schemas.write(dir.resolve("schemas"), "order.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Order",
                  "type": "object",
                  "required": ["id", "status", "customer"],
                  "properties": {
                    "id": {"type": "integer", "format": "int32"},
                    "total": {"type": "integer"},
                    "weight": {"type": "number"},
                    "paid": {"type": "boolean"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "link": {"type": "string", "format": "uri"},
                    "email": {"type": "string", "format": "email"},
                    "by_id": {"type": "object", "additionalProperties": {"$ref": "#/properties/customer"}},
                    "status": {"type": "string", "enum": ["open", "in-progress", "Open"]},
                    "customer": {
                      "type": "object",
                      "required": ["name"],
                      "properties": {"name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}}
                    },
                    "lines": {"type": "array", "items": {"type": "object", "properties": {"sku": {"type": "string"}}}},
                    "metadata": {"type": "object"},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "matrix": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}}
                  }
                }
                """);
        InMemoryCompiler.Result compiled = compileSchemas(TypeNaming.TITLE);
        Class<?> order = compiled.load("com.example.Order");
        assertThat(returnType(order, "getId")).isEqualTo(Integer.class);
        assertThat(returnType(order, "getTotal")).isEqualTo(Long.class);
        assertThat(returnType(order, "getWeight")).isEqualTo(Double.class);
        assertThat(returnType(order, "getPaid")).isEqualTo(Boolean.class);
        assertThat(returnType(order, "getCreatedAt")).isEqualTo(OffsetDateTime.class);
        assertThat(returnType(order, "getLink")).isEqualTo(java.net.URI.class);
        assertThat(returnType(order, "getEmail")).isEqualTo(String.class);
        assertThat(order.getMethod("getById").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, com.example.Customer>");
        assertThat(returnType(order, "getStatus").getName()).isEqualTo("com.example.Order$Status");
        // "customer" is the target of a $ref (by_id), so it is a top-level type; unreferenced inline objects nest.
        assertThat(returnType(order, "getCustomer").getName()).isEqualTo("com.example.Customer");
        assertThat(order.getMethod("getLines").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.List<com.example.Order$LinesItem>");
        assertThat(order.getMethod("getMetadata").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
        assertThat(order.getMethod("getCounts").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Long>");
        assertThat(order.getMethod("getMatrix").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.List<java.util.List<java.lang.Double>>");

        Class<?> status = compiled.load("com.example.Order$Status");
        assertThat(status.getEnumConstants()).extracting(Object::toString).containsExactly("open", "in-progress", "Open");
        assertThat(status.getEnumConstants()).extracting(c -> ((Enum<?>) c).name())
                .containsExactly("OPEN", "IN_PROGRESS", "OPEN_");

        String json = "{\"id\":7,\"total\":9000000000,\"weight\":1.5,\"paid\":true,"
                + "\"created_at\":\"2026-11-27T10:15:30Z\",\"link\":\"https://example.com/x\",\"status\":\"in-progress\","
                + "\"customer\":{\"name\":\"Ada\",\"tags\":[\"vip\"]},\"lines\":[{\"sku\":\"A-1\"}],"
                + "\"metadata\":{\"k\":[1,\"two\",null]},\"counts\":{\"a\":1},\"matrix\":[[1.0,2.0],[3.0]]}";
        Object read = JSON.readValue(json, order);
        assertThat(JSON.readValue(JSON.writeValueAsString(read), order)).isEqualTo(read);
        assertThat(call(call(read, "getCustomer"), "getName")).isEqualTo("Ada");
        @SuppressWarnings("unchecked")
        List<List<Double>> matrix = (List<List<Double>>) call(read, "getMatrix");
        assertThatThrownBy(() -> matrix.get(0).add(1.0)).isInstanceOf(UnsupportedOperationException.class);

        assertThatThrownBy(() -> JSON.readValue("{\"id\":1,\"status\":\"open\",\"customer\":{}}", order))
                .hasMessageContaining("Cannot build Customer: missing required properties [name]");
        assertThatThrownBy(() -> JSON.readValue("{\"id\":1,\"status\":\"closed\",\"customer\":{\"name\":\"x\"}}", order))
                .hasMessageContaining("Unknown Status value \"closed\"; expected one of [open, in-progress, Open]");
    }

    @Test
    void awkwardPropertyNamesCompileAndKeepTheirJsonNames() {
        Schemas.write(dir.resolve("schemas"), "w.json", """
                {"title": "Weird", "type": "object", "properties": {
                  "class": {"type": "string"}, "default": {"type": "string"}, "2fa": {"type": "string"},
                  "a-b": {"type": "string"}, "a_b": {"type": "string"}, "aB": {"type": "string"},
                  "builder": {"type": "string"}, "hashCode": {"type": "string"},
                  "properties": {"type": "string"}, "*/ x": {"type": "string", "description": "ends */ a comment \\\\u000a"}
                }}
                """);
        Class<?> weird = compileSchemas(TypeNaming.TITLE).load("com.example.Weird");
        String json = "{\"class\":\"1\",\"default\":\"2\",\"2fa\":\"3\",\"a-b\":\"4\",\"a_b\":\"5\",\"aB\":\"6\","
                + "\"builder\":\"7\",\"hashCode\":\"8\",\"properties\":\"10\",\"*/ x\":\"11\"}";
        Object read = JSON.readValue(json, weird);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
        for (String name : List.of("getClass_", "getDefault_", "get_2fa", "getAB", "getAB_", "getAB_2", "getBuilder_",
                "getHashCode_", "getProperties", "getX")) {
            assertThat(Modifier.isPublic(getter(weird, name).getModifiers())).as(name).isTrue();
        }
    }

    @Test
    void aSchemaFileWithEmptyPropertiesIsStillATypeAndWritesAnEmptyObject() throws Exception {
        Schemas.write(dir.resolve("schemas"), "r.json", """
                {"title": "api_v1_GetRequest (deprecated)", "type": "object", "properties": {}}
                """);
        Class<?> request = compileSchemas(TypeNaming.TITLE).load("com.example.ApiV1GetRequestDeprecated");
        Object empty = call(call(request, "builder"), "build");
        assertThat(JSON.writeValueAsString(empty)).isEqualTo("{}");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(empty)).isEqualTo("{}");
        assertThat(JSON.readValue("{\"anything\": 1}", request)).isEqualTo(empty);
    }

    private static Class<?> returnType(Class<?> type, String getter) throws NoSuchMethodException {
        return type.getMethod(getter).getReturnType();
    }

    private static Method getter(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknownPropertiesAreDroppedKeptOrRejectedAsConfigured() throws Exception {
        Schemas.write(dir.resolve("schemas"), "p.json", """
                {"title": "Pet", "type": "object", "properties": {"name": {"type": "string"},
                  "tag": {"type": "object", "additionalProperties": false, "properties": {"id": {"type": "string"}}}}}
                """);
        String json = "{\"name\":\"n\",\"age\":3,\"tag\":{\"id\":\"t\"},\"extra\":{\"a\":[1,null]}}";
        Class<?> ignore = load(new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("o1")).build()), "Pet");
        assertThat(JSON.writeValueAsString(JSON.readValue(json, ignore))).isEqualTo("{\"name\":\"n\",\"tag\":{\"id\":\"t\"}}");

        for (Style style : Style.values()) {
            Generator keeping = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("o2" + style))
                    .unknownProperties(UnknownProperties.KEEP).style(style).build());
            Class<?> keep = InMemoryCompiler.compile(keeping.sources(), dir.resolve("javac-" + style)).load("com.example.Pet");
            assertThat(keep.isRecord()).isFalse(); // keeping them needs a class, also in record style
            Object read = JSON.readValue(json, keep);
            assertThat(JSON.readTree(JSON.writeValueAsString(read))).isEqualTo(JSON.readTree(json));
            assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(json, keep))))
                    .isEqualTo(JACKSON2.readTree(json));
            assertThat(List.copyOf(((java.util.Map<?, ?>) call(read, "getAdditionalProperties")).keySet())).isEqualTo(List.of("age", "extra"));
            // what the schema forbids stays forbidden
            assertThatThrownBy(() -> JSON.readValue(json.replace("{\"id\":\"t\"}", "{\"id\":\"t\",\"x\":1}"), keep))
                    .hasMessageContaining("unknown property \"x\" (the schema allows no additional properties)");
        }

        Class<?> fail = load(new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("o3"))
                .unknownProperties(UnknownProperties.FAIL).build()), "Pet");
        assertThat(call(JSON.readValue("{\"name\":\"n\"}", fail), "getName")).isEqualTo("n");
        assertThatThrownBy(() -> JSON.readValue(json, fail))
                .hasMessageContaining("Cannot read Pet: unknown property \"age\" (the schema does not name it, and"
                        + " unknownProperties is fail)");
        assertThatThrownBy(() -> JACKSON2.readValue(json, fail)).hasMessageContaining("unknown property \"age\"");
    }

    @Test
    void anAllOfOfOneArrayReferenceBesideADescriptionIsThatArray() throws Exception {
        // draft 7 ignores keywords beside $ref, so schemas describe a reference through a one-branch allOf (Swagger 2.0)
        Class<?> api = generate("Api", """
                {"title": "Api", "type": "object", "properties": {
                  "consumes": {"description": "media types", "allOf": [{"$ref": "#/definitions/types"}]}},
                 "definitions": {"types": {"type": "array", "items": {"type": "string"}}}}
                """);
        String json = "{\"consumes\":[\"a/b\",\"c/d\"]}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, api))).isEqualTo(json);
        assertThat(JACKSON2.writeValueAsString(JACKSON2.readValue(json, api))).isEqualTo(json);
        assertThat(api.getMethod("getConsumes").getGenericReturnType().getTypeName()).isEqualTo("java.util.List<java.lang.String>");
    }
}
