package dev.schemapojo.core.endtoend;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code $ref}, {@code $id}, {@code $dynamicRef} and {@code $recursiveRef} in generated code: one type per
 * target, embedded resources, roots that only refer, recursive types. How references are resolved, and
 * the errors for those that cannot be, is covered by {@code load.ResolutionTest}.
 */
class ReferencesTest extends EndToEnd {
    @Test
    void refsToDefsAndAcrossFilesByIdGiveOneTypeEach() {
        Schemas.write(dir.resolve("schemas"), "api/v1/response.json", """
                {"$id": "#/components/schemas/api_v1_Response", "title": "api_v1_Response", "type": "object",
                 "properties": {
                   "member": {"$ref": "#/components/schemas/org_v1_Member"},
                   "others": {"type": "array", "items": {"$ref": "#/components/schemas/org_v1_Member"}},
                   "address": {"$ref": "#/$defs/Address"}
                 },
                 "$defs": {"Address": {"type": "object", "properties": {"city": {"type": "string"}}}}}
                """);
        Schemas.write(dir.resolve("schemas"), "member.json", """
                {"$id": "#/components/schemas/org_v1_Member", "title": "org_v1_Member", "type": "object",
                 "required": ["id"], "properties": {"id": {"type": "string"}}}
                """);
        Map<String, String> sources = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out"))
                .typeNaming(TypeNaming.NAMESPACE).build()).sources();
        assertThat(sources).containsOnlyKeys(
                "com/example/api/v1/api/v1/Response.java",
                "com/example/api/v1/Address.java",
                "com/example/org/v1/Member.java");
        Class<?> response = InMemoryCompiler.compile(sources, dir.resolve("javac")).load("com.example.api.v1.api.v1.Response");
        assertThat(response.getDeclaredClasses()).extracting(Class::getSimpleName).containsExactly("Builder");
        Object read = JSON.readValue("{\"member\":{\"id\":\"m\"},\"others\":[{\"id\":\"n\"}],\"address\":{\"city\":\"c\"}}", response);
        assertThat(call(call(read, "getMember"), "getId")).isEqualTo("m");
    }

    @Test
    void aReferencedInlineSchemaIsOneTopLevelTypeWhateverTheOrder() {
        String refFirst = """
                {"title": "Order", "type": "object", "properties": {
                  "by_id": {"type": "object", "additionalProperties": {"$ref": "#/properties/customer"}},
                  "customer": {"type": "object", "properties": {"name": {"type": "string"}}}}}
                """;
        String refLast = """
                {"title": "Order", "type": "object", "properties": {
                  "customer": {"type": "object", "properties": {"name": {"type": "string"}}},
                  "by_id": {"type": "object", "additionalProperties": {"$ref": "#/properties/customer"}}}}
                """;
        for (String schema : List.of(refFirst, refLast)) {
            Schemas.write(dir.resolve("schemas"), "order.json", schema);
            Map<String, String> sources = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out")).build()).sources();
            assertThat(sources).containsOnlyKeys("com/example/Order.java", "com/example/Customer.java");
            assertThat(sources.get("com/example/Order.java")).doesNotContain("class Customer");
        }
    }

    @Test
    void embeddedIdsAreResourcesThatRefsInsideThemResolveAgainst() throws Exception {
        Class<?> type = generate("Bundle", """
                {"title": "Bundle", "type": "object", "required": ["inner"],
                 "properties": {"inner": {"$ref": "https://example.com/s/inner.json"}},
                 "$defs": {
                   "num": {"type": "string"},
                   "inner": {"$id": "https://example.com/s/inner.json", "type": "object",
                     "properties": {"n": {"$ref": "#/$defs/num"}, "o": {"$ref": "other.json#/$defs/flag"}},
                     "$defs": {"num": {"type": "integer"}}},
                   "other": {"$id": "https://example.com/s/other.json", "$defs": {"flag": {"type": "boolean"}}}}}
                """);
        Object read = JSON.readValue("{\"inner\": {\"n\": 3, \"o\": true}}", type);
        Object inner = call(read, "getInner");
        assertThat(inner.getClass().getMethod("getN").getReturnType()).isEqualTo(Long.class);
        assertThat(call(inner, "getN")).isEqualTo(3L);
        assertThat(call(inner, "getO")).isEqualTo(true);
    }

    @Test
    void aRootThatIsOnlyAReferenceGeneratesItsTarget() throws Exception {
        Schemas.write(dir.resolve("s"), "bundle.json", """
                {"$ref": "#/$defs/shapes/circle",
                 "$defs": {"shapes": {"circle": {"type": "object", "required": ["r"], "properties": {
                   "r": {"type": "number"}, "center": {"$ref": "#/$defs/shapes/point"}}},
                   "point": {"type": "object", "properties": {"x": {"type": "number"}}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        assertThat(generator.sources().keySet()).containsExactlyInAnyOrder("com/example/Circle.java", "com/example/Point.java");
        Class<?> circle = load(generator, "Circle");
        assertThat(call(call(JSON.readValue("{\"r\": 1, \"center\": {\"x\": 2}}", circle), "getCenter"), "getX"))
                .isEqualTo(2.0);
    }

    @Test
    void dynamicAndRecursiveRefsAreFollowedToTheirAnchor() {
        Class<?> tree = generate("Tree", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$dynamicAnchor": "node",
                 "title": "Tree", "type": "object", "properties": {
                   "value": {"type": "integer"},
                   "children": {"type": "array", "items": {"$dynamicRef": "#node"}}}}
                """);
        Object read = JSON.readValue("{\"value\":1,\"children\":[{\"value\":2,\"children\":[]}]}", tree);
        assertThat(call(((java.util.List<?>) call(read, "getChildren")).get(0), "getValue")).isEqualTo(2L);
        Class<?> old = generate("Old", """
                {"$schema": "https://json-schema.org/draft/2019-09/schema", "$recursiveAnchor": true,
                 "title": "Old", "type": "object", "properties": {"next": {"$recursiveRef": "#"}}}
                """);
        Object chain = JSON.readValue("{\"next\":{\"next\":{}}}", old);
        assertThat(call(call(chain, "getNext"), "getNext").getClass()).isEqualTo(old);
    }

    @Test
    void recursiveTypesGenerateOneTypeThatReadsDeepTrees() {
        Schemas.write(dir.resolve("schemas"), "node.json", """
                {"title": "Node", "type": "object", "required": ["name"], "properties": {
                  "name": {"type": "string"},
                  "parent": {"$ref": "#"},
                  "children": {"type": "array", "items": {"$ref": "#"}},
                  "by_name": {"type": "object", "additionalProperties": {"$ref": "#/$defs/leaf"}}},
                 "$defs": {"leaf": {"type": "object", "properties": {"next": {"$ref": "#/$defs/leaf"}}}}}
                """);
        Map<String, String> sources = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out")).build()).sources();
        assertThat(sources).containsOnlyKeys("com/example/Node.java", "com/example/Leaf.java");
        Class<?> node = InMemoryCompiler.compile(sources, dir.resolve("javac")).load("com.example.Node");
        JsonMapper json = JsonMapper.builder().build();
        Object tree = json.readValue("{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"b\"}]}],"
                + "\"by_name\":{\"x\":{\"next\":{\"next\":{}}}}}", node);
        assertThat(json.readValue(json.writeValueAsString(tree), node)).isEqualTo(tree);
    }

    @Test
    void aRefBesidePropertiesHasBothSince2019AndOnlyTheTargetBefore() throws Exception {
        Class<?> item = generate("Item", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Item",
                 "$ref": "#/$defs/base", "required": ["name"], "properties": {"name": {"type": "string"},
                   "part": {"$ref": "#/$defs/base", "properties": {"size": {"type": "integer"}}}},
                 "unevaluatedProperties": false,
                 "$defs": {"base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}}
                """);
        String json = "{\"name\":\"n\",\"part\":{\"size\":2,\"id\":\"p\"},\"id\":\"i\"}";
        Object read = JSON.readValue(json, item);
        assertThat(call(read, "getId")).isEqualTo("i");
        assertThat(call(call(read, "getPart"), "getSize")).isEqualTo(2L);
        assertThat(JSON.readTree(JSON.writeValueAsString(read))).isEqualTo(JSON.readTree(json));
        assertThat(JACKSON2.readTree(JACKSON2.writeValueAsString(JACKSON2.readValue(json, item))))
                .isEqualTo(JACKSON2.readTree(json));
        // the target's required names apply too
        assertThatThrownBy(() -> JSON.readValue("{\"name\":\"n\"}", item)).hasStackTraceContaining("missing required properties [id]");

        Class<?> old = generate("Old", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Old",
                 "$ref": "#/definitions/base", "properties": {"ignored": {"type": "string"}},
                 "definitions": {"base": {"type": "object", "properties": {"id": {"type": "string"}}}}}
                """);
        assertThat(call(JSON.readValue("{\"id\":\"i\"}", old), "getId")).isEqualTo("i");
        assertThat(old.getMethods()).extracting(java.lang.reflect.Method::getName).doesNotContain("getIgnored");
    }
}
