package dev.schemapojo.core.emit;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Keywords beyond the Stytch set: nullability, formats, uniqueItems, patternProperties. */
class VocabularyTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Compiles what {@code generator} generates and loads {@code com.example.<simpleName>}. */
    Class<?> load(Generator generator, String simpleName) {
        return InMemoryCompiler.compile(generator.sources(), dir.resolve("javac")).load("com.example." + simpleName);
    }

    Class<?> generate(String title, String schema) {
        Schemas.write(dir.resolve("s"), title + ".json", schema);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        return load(generator, title);
    }

    @Test
    void nullableTypesAcceptNullEvenWhenRequired() {
        Class<?> type = generate("N", """
                {"title": "N", "type": "object", "required": ["a", "b", "c"], "$defs": {"p": {"type": "object",
                  "properties": {"x": {"type": "string"}}}},
                 "properties": {
                   "a": {"type": ["string", "null"]},
                   "b": {"anyOf": [{"$ref": "#/$defs/p"}, {"type": "null"}]},
                   "c": {"type": "integer"}}}
                """);
        Object read = JSON.readValue("{\"a\": null, \"b\": null, \"c\": 1}", type);
        assertThat(call(read, "getA")).isNull();
        assertThat(call(call(JSON.readValue("{\"a\": \"s\", \"b\": {\"x\": \"y\"}, \"c\": 1}", type), "getB"), "getX"))
                .isEqualTo("y");
        assertThatThrownBy(() -> JSON.readValue("{\"a\": null, \"b\": null, \"c\": null}", type))
                .hasMessageContaining("missing required properties [c]");
    }

    @Test
    void aRequiredNullablePropertyIsWrittenAsNullSoTheJsonStaysValid() throws Exception {
        for (dev.schemapojo.core.Style style : dev.schemapojo.core.Style.values()) {
            Schemas.write(dir.resolve("s"), "n.json", """
                    {"title": "N", "type": "object", "required": ["a", "c"], "properties": {
                      "a": {"type": ["string", "null"]}, "b": {"type": ["string", "null"]}, "c": {"type": "integer"}}}
                    """);
            var generator = new Generator(Schemas.options(dir.resolve("s"), dir.resolve("out")).style(style).build());
            Class<?> type = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac-" + style)).load("com.example.N");
            Object read = JSON.readValue("{\"a\": null, \"b\": null, \"c\": 1}", type);
            assertThat(JSON.writeValueAsString(read)).as(style.word()).isEqualTo("{\"a\":null,\"c\":1}");
            var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
            assertThat(jackson2.writeValueAsString(jackson2.readValue("{\"a\": null, \"c\": 1}", type))).as(style.word())
                    .isEqualTo("{\"a\":null,\"c\":1}");
            assertThat(JSON.writeValueAsString(JSON.readValue("{\"a\": \"x\", \"b\": \"y\", \"c\": 1}", type)))
                    .isEqualTo("{\"a\":\"x\",\"b\":\"y\",\"c\":1}");
        }
    }

    @Test
    void formatsMapToJavaTypes() throws Exception {
        Class<?> type = generate("F", """
                {"title": "F", "type": "object", "properties": {
                  "day": {"type": "string", "format": "date"},
                  "at": {"type": "string", "format": "time"},
                  "id": {"type": "string", "format": "uuid"},
                  "ref": {"type": "string", "format": "uri-reference"},
                  "mail": {"type": "string", "format": "email"},
                  "host": {"type": "string", "format": "hostname"},
                  "ip": {"type": "string", "format": "ipv4"},
                  "ip6": {"type": "string", "format": "ipv6"},
                  "when": {"type": "string", "format": "date-time"},
                  "link": {"type": "string", "format": "uri"},
                  "span": {"type": "string", "format": "duration"}}}
                """);
        assertThat(type.getMethod("getDay").getReturnType()).isEqualTo(LocalDate.class);
        assertThat(type.getMethod("getAt").getReturnType()).isEqualTo(OffsetTime.class);
        assertThat(type.getMethod("getId").getReturnType()).isEqualTo(UUID.class);
        assertThat(type.getMethod("getRef").getReturnType()).isEqualTo(java.net.URI.class);
        assertThat(type.getMethod("getWhen").getReturnType()).isEqualTo(java.time.OffsetDateTime.class);
        assertThat(type.getMethod("getLink").getReturnType()).isEqualTo(java.net.URI.class);
        for (String stringy : new String[] {"getMail", "getHost", "getIp", "getIp6", "getSpan"}) {
            assertThat(type.getMethod(stringy).getReturnType()).isEqualTo(String.class);
        }
        String json = "{\"day\":\"2026-11-27\",\"at\":\"10:15:30Z\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\","
                + "\"ref\":\"../other.json#/x\",\"mail\":\"a@example.com\",\"host\":\"example.com\",\"ip\":\"127.0.0.1\","
                + "\"ip6\":\"::1\",\"when\":\"2026-11-27T10:15:30Z\",\"link\":\"https://example.com/a\","
                + "\"span\":\"P1Y2M\"}";
        Object read = JSON.readValue(json, type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void uniqueItemsIsAnOrderedSetAndPatternPropertiesAMap() {
        Class<?> type = generate("U", """
                {"title": "U", "type": "object", "properties": {
                  "tags": {"type": "array", "uniqueItems": true, "items": {"type": "string"}},
                  "tagsFromJson": {"type": "array", "items": {"type": "string"}},
                  "scores": {"type": "object", "patternProperties": {"^s_": {"type": "integer"}}}}}
                """);
        Object read = JSON.readValue("{\"tags\": [\"b\", \"a\"], \"scores\": {\"s_1\": 3}}", type);
        assertThatThrownBy(() -> JSON.readValue("{\"tags\": [\"b\", \"a\", \"b\"]}", type))
                .hasMessageContaining("Cannot read tags: the schema says uniqueItems, but items repeat");
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"tags\":[\"b\",\"a\"],\"scores\":{\"s_1\":3}}");
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) call(read, "getTags");
        assertThat(tags).containsExactly("b", "a");
        assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Long> scores = (Map<String, Long>) call(read, "getScores");
        assertThat(scores).containsEntry("s_1", 3L);
    }

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
    void constIsCheckedAndDefaultIsTheBuildersInitialValue() {
        Class<?> type = generate("C", """
                {"title": "C", "type": "object", "required": ["kind"], "properties": {
                  "kind": {"const": "circle", "type": "string"},
                  "version": {"type": "integer", "const": 2},
                  "radius": {"type": "number", "default": 1.5},
                  "label": {"type": "string", "default": "none"},
                  "filled": {"type": "boolean", "default": true},
                  "color": {"enum": ["red", "green"], "default": "green"}}}
                """);
        Object read = JSON.readValue("{\"kind\": \"circle\"}", type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(
                "{\"kind\":\"circle\",\"version\":2,\"radius\":1.5,\"label\":\"none\",\"filled\":true,\"color\":\"green\"}");
        assertThatThrownBy(() -> JSON.readValue("{\"kind\": \"square\", \"version\": 3}", type))
                .hasMessageContaining("Cannot build C: values other than the schema's const in [kind, version]");
        assertThatThrownBy(() -> JSON.readValue("{}", type)).hasMessageContaining("missing required properties [kind]");
    }

    @Test
    void nonStringEnumsAreCheckedValuesOfTheirType() throws Exception {
        Class<?> type = generate("E", """
                {"title": "E", "type": "object", "properties": {
                  "level": {"type": "integer", "enum": [1, 2, 3]},
                  "ratio": {"enum": [0.5, 1, 2.5]},
                  "flag": {"enum": [true, null]},
                  "mixed": {"enum": [1, "one"]}}}
                """);
        assertThat(type.getMethod("getLevel").getReturnType()).isEqualTo(Long.class);
        assertThat(type.getMethod("getRatio").getReturnType()).isEqualTo(Double.class);
        assertThat(type.getMethod("getFlag").getReturnType()).isEqualTo(Boolean.class);
        assertThat(type.getMethod("getMixed").getReturnType()).isEqualTo(Object.class);
        Object read = JSON.readValue("{\"level\": 2, \"ratio\": 1, \"flag\": null, \"mixed\": \"one\"}", type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"level\":2,\"ratio\":1.0,\"mixed\":\"one\"}");
        assertThatThrownBy(() -> JSON.readValue("{\"level\": 4, \"ratio\": 0.75, \"flag\": false}", type))
                .hasMessageContaining("Cannot build E: values outside the schema's enum in [level, ratio, flag]");
        Object builder = call(type, "builder");
        call(builder, "level", 5L);
        assertThatThrownBy(() -> call(builder, "build")).hasMessageContaining("values outside the schema's enum in [level]");
    }

    @Test
    void ifThenElseOverFixedValuesRequiresByCondition() throws Exception {
        Class<?> type = generate("Payment", """
                {"title": "Payment", "type": "object", "required": ["method"], "properties": {
                   "method": {"enum": ["card", "transfer"]}, "amount": {"type": "integer"}},
                 "allOf": [
                   {"if": {"properties": {"method": {"const": "card"}}},
                    "then": {"required": ["number"], "properties": {"number": {"type": "string"}}},
                    "else": {"required": ["iban"], "properties": {"iban": {"type": "string"}}}},
                   {"if": {"properties": {"amount": {"const": 0}}, "required": ["amount"]},
                    "then": {"required": ["reason"], "properties": {"reason": {"type": "string"}}}}]}
                """);
        assertThat(JSON.writeValueAsString(JSON.readValue("{\"method\": \"card\", \"number\": \"4111\"}", type)))
                .isEqualTo("{\"method\":\"card\",\"number\":\"4111\"}");
        assertThat(JSON.readValue("{\"method\": \"transfer\", \"iban\": \"DE00\", \"amount\": 5}", type)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"method\": \"card\", \"iban\": \"DE00\"}", type))
                .hasMessageContaining("Cannot build Payment: missing properties required when method = \"card\": [number]");
        assertThatThrownBy(() -> JSON.readValue("{\"method\": \"transfer\", \"amount\": 0}", type))
                .hasMessageContaining("missing properties required unless method = \"card\": [iban]; missing properties"
                        + " required when amount = 0: [reason]");
        // absent "amount" fails the second if (it is required there), so no reason is needed
        assertThat(JSON.readValue("{\"method\": \"transfer\", \"iban\": \"DE00\"}", type)).isNotNull();
    }

    @Test
    void ifThatIsNoFixedValueTestIsReportedAndItsBranchPropertiesKept() {
        Schemas.write(dir.resolve("s"), "c.json", """
                {"title": "C", "type": "object", "properties": {"n": {"type": "integer"}},
                 "if": {"properties": {"n": {"minimum": 10}}}, "then": {"properties": {"big": {"type": "boolean"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).singleElement().asString()
                .startsWith("s/c.json:2:8: warning: [model.not-represented] /if: only an \"if\" that tests properties");
        Class<?> type = load(generator, "C");
        assertThat(call(JSON.readValue("{\"n\": 12, \"big\": true}", type), "getBig")).isEqualTo(true);
    }

    @Test
    void closedTuplesAreClassesReadAndWrittenAsArrays() throws Exception {
        Class<?> type = generate("Route", """
                {"title": "Route", "type": "object", "required": ["from"], "properties": {
                  "from": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"},
                            {"type": "object", "properties": {"label": {"type": "string"}}}],
                           "items": false, "minItems": 2},
                  "stops": {"type": "array", "items": {"$ref": "#/$defs/pair"}}},
                 "$defs": {"pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}],
                                    "maxItems": 2}}}
                """);
        String json = "{\"from\":[1.5,2.0,{\"label\":\"home\"}],\"stops\":[[\"a\",1],[\"b\"]]}";
        Object read = JSON.readValue(json, type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
        var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, type))).isEqualTo(json);
        Object from = call(read, "getFrom");
        assertThat(call(from, "getItem0")).isEqualTo(1.5);
        assertThat(call(call(from, "getItem2"), "getLabel")).isEqualTo("home");
        assertThat(JSON.readValue("{\"from\":[1.5,2.0]}", type)).isNotNull();
        assertThatThrownBy(() -> JSON.readValue("{\"from\":[1.5]}", type))
                .hasMessageContaining("Cannot build From: missing required items [1]");
        assertThatThrownBy(() -> JSON.readValue("{\"from\":[1, 2, {}, 4]}", type))
                .hasMessageContaining("Cannot build From: the schema allows at most 3 items");
        assertThatThrownBy(() -> jackson2.readValue("{\"stops\":[[\"a\", \"not a number\"]]}", type))
                .hasMessageContaining("not a number");
        Object made = call(from.getClass(), "of", 1.5, 2.0, null);
        assertThat(JSON.writeValueAsString(made)).isEqualTo("[1.5,2.0]");
        assertThat(made).isEqualTo(JSON.readValue("[1.5, 2.0]", from.getClass())).hasToString("From[1.5, 2.0, null]");
    }

    @Test
    void olderDraftsArrayItemsAreTuplesAndOpenTuplesAreReported() {
        Schemas.write(dir.resolve("s"), "t.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "T", "type": "object", "properties": {
                  "closed": {"type": "array", "items": [{"type": "string"}, {"type": "boolean"}], "additionalItems": false},
                  "open": {"type": "array", "items": [{"type": "string"}]}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/t.json:3:38: warning: [model.not-represented] /properties/open/items: \"items\" is represented only"
                        + " for a closed tuple of 1 to 200 positions (one that allows no further items: \"additionalItems\":"
                        + " false, or \"maxItems\" of at most 1); this array is a List of java.lang.Object");
        Class<?> type = load(generator, "T");
        Object read = JSON.readValue("{\"closed\": [\"x\", true], \"open\": [\"y\", 1, 2]}", type);
        assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"closed\":[\"x\",true],\"open\":[\"y\",1,2]}");
    }

    @Test
    void aUnionOfReferencesToNonObjectsHoldsTheValueAsRead() throws Exception {
        Schemas.write(dir.resolve("s"), "m.json", """
                {"title": "M", "type": "object", "properties": {
                  "match": {"oneOf": [{"$ref": "#/$defs/glob"}, {"$ref": "#/$defs/globs"}]}},
                 "$defs": {"glob": {"type": "string"}, "globs": {"type": "array", "items": {"type": "string"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId()).containsExactly(
                "model.union-fallback");
        Class<?> type = load(generator, "M");
        for (String json : new String[] {"{\"match\":\"*.java\"}", "{\"match\":[\"a\",\"b\"]}"}) {
            Object read = JSON.readValue(json, type);
            assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
            var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
            assertThat(jackson2.writeValueAsString(jackson2.readValue(json, type))).isEqualTo(json);
        }
        assertThat(call(call(JSON.readValue("{\"match\":\"*.java\"}", type), "getMatch"), "getValue")).isEqualTo("*.java");
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
    void variantsThatCannotBeToldApartFallBackToTheValueHolder() throws Exception {
        Schemas.write(dir.resolve("s"), "h.json", """
                {"title": "Holder", "type": "object", "properties": {"v": {"oneOf": [
                  {"title": "A", "type": "object", "properties": {"x": {"type": "string"}}},
                  {"title": "B", "type": "object", "properties": {"x": {"type": "integer"}}}]}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/h.json:1:69: warning: [model.union-fallback] /properties/v/oneOf: A and B have the same properties and"
                        + " no discriminator (a property with a different const in each), so JSON cannot tell them apart:"
                        + " V is a class holding the JSON value as read (getValue(): a Map)");
        Class<?> holder = load(generator, "Holder");
        String json = "{\"v\":{\"x\":1}}";
        assertThat(JSON.writeValueAsString(JSON.readValue(json, holder))).isEqualTo(json);
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

    @Test
    void openApiNullableAndReportedNot() throws Exception {
        Schemas.write(dir.resolve("s"), "n.json", """
                {"title": "N", "type": "object", "required": ["a"], "properties": {
                  "a": {"type": "string", "nullable": true},
                  "b": {"type": "string", "not": {"const": "x"}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.not-represented /properties/b/not");
        Class<?> type = load(generator, "N");
        assertThat(call(JSON.readValue("{\"a\": null, \"b\": \"y\"}", type), "getA")).isNull();
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
    void oneOfBranchesBesidePropertiesAreOptionalPropertiesSoNoDataIsLost() throws Exception {
        Schemas.write(dir.resolve("s"), "d.json", """
                {"title": "Destination", "type": "object", "properties": {"mode": {"type": "string"}},
                 "oneOf": [
                   {"properties": {"kind": {"const": "queue"}, "queue": {"type": "object", "properties": {"name": {"type": "string"}}}},
                    "required": ["queue"]},
                   {"properties": {"kind": {"const": "topic"}, "topics": {"type": "array", "items": {"type": "string"}}}}]}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.ruleId() + " " + d.pointer())
                .containsExactly("model.not-represented /oneOf");
        Class<?> type = load(generator, "Destination");
        for (String json : new String[] {"{\"mode\":\"m\",\"kind\":\"queue\",\"queue\":{\"name\":\"q\"}}",
                "{\"kind\":\"topic\",\"topics\":[\"a/*\"]}"}) {
            assertThat(JSON.writeValueAsString(JSON.readValue(json, type))).isEqualTo(json);
        }
    }

    @Test
    void aFileOfDefinitionsIsALibraryOfTypes() {
        Schemas.write(dir.resolve("s"), "lib.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "definitions": {
                   "point": {"type": "object", "required": ["x"], "properties": {"x": {"type": "number"}}},
                   "color": {"enum": ["red", "blue"]},
                   "name": {"type": "string"}},
                 "$defs": {"line": {"type": "object", "properties": {"from": {"$ref": "#/definitions/point"}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        var classes = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        assertThat(generator.sources().keySet()).containsExactlyInAnyOrder(
                "com/example/Point.java", "com/example/Color.java", "com/example/Line.java");
        Object line = JSON.readValue("{\"from\": {\"x\": 1.5}}", classes.load("com.example.Line"));
        assertThat(call(call(line, "getFrom"), "getX")).isEqualTo(1.5);
        assertThatThrownBy(() -> JSON.readValue("{}", classes.load("com.example.Point")))
                .hasMessageContaining("missing required properties [x]");
    }

    @Test
    void defaultsOfTheWrongTypeAreReportedNotCompiled() {
        Schemas.write(dir.resolve("s"), "w.json", """
                {"title": "W", "properties": {"n": {"type": "integer", "default": "five"}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/w.json:1:67: warning: [model.default-not-represented] /properties/n/default: \"five\" is not"
                        + " represented as the \"default\" of this property (supported: a string, number, integer or"
                        + " boolean of the property's type, or one of its enum values)");
        InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
    }

    @Test
    void allOfMergesThePropertiesAndRequiredNamesOfEveryBranch() {
        Schemas.write(dir.resolve("s"), "base.json", """
                {"$id": "https://example.com/base.json", "title": "Base", "type": "object", "required": ["id"],
                 "properties": {"id": {"type": "string"}}}
                """);
        Class<?> type = generate("Dog", """
                {"title": "Dog", "allOf": [
                  {"$ref": "https://example.com/base.json"},
                  {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                  {"properties": {"good": {"type": "boolean"}}}]}
                """);
        Object dog = JSON.readValue("{\"id\": \"1\", \"name\": \"Rex\", \"good\": true}", type);
        assertThat(JSON.writeValueAsString(dog)).isEqualTo("{\"id\":\"1\",\"name\":\"Rex\",\"good\":true}");
        assertThatThrownBy(() -> JSON.readValue("{\"good\": true}", type))
                .hasMessageContaining("missing required properties [id, name]");
    }

    @Test
    void contradictingAllOfBranchesAreReported() {
        Schemas.write(dir.resolve("s"), "x.json", """
                {"title": "X", "allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"a": {"type": "integer"}}}]}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).extracting(d -> d.format()).containsExactly(
                "s/x.json:1:85: warning: [model.allof-conflict] /allOf/1/properties/a: \"a\" is also defined, differently,"
                        + " at s/x.json#/allOf/0/properties/a; allOf requires both, and the generated type uses the first");
        InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
    }

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
    void oneOfWithADiscriminatorReadsEachVariantUnderBothJacksons() throws Exception {
        Schemas.write(dir.resolve("s"), "drawing.json", """
                {"title": "Drawing", "type": "object", "required": ["shape"], "properties": {
                  "shape": {"oneOf": [{"$ref": "#/$defs/circle"}, {"$ref": "#/$defs/square"}]}},
                 "$defs": {
                   "circle": {"type": "object", "required": ["kind", "radius"],
                     "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}}},
                   "square": {"type": "object", "required": ["kind", "side"],
                     "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        var compiled = InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
        Class<?> drawing = compiled.load("com.example.Drawing");
        String square = "{\"shape\":{\"kind\":\"square\",\"side\":2.0}}";
        Object read = JSON.readValue(square, drawing);
        assertThat(call(read, "getShape").getClass().getSimpleName()).isEqualTo("Square");
        assertThat(JSON.writeValueAsString(read)).isEqualTo(square);
        var jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        Object read2 = jackson2.readValue("{\"shape\":{\"kind\":\"circle\",\"radius\":1.0}}", drawing);
        assertThat(call(read2, "getShape").getClass().getSimpleName()).isEqualTo("Circle");
        assertThat(jackson2.writeValueAsString(read2)).isEqualTo("{\"shape\":{\"kind\":\"circle\",\"radius\":1.0}}");
        assertThatThrownBy(() -> JSON.readValue("{\"shape\":{\"kind\":\"circle\"}}", drawing))
                .hasMessageContaining("missing required properties [radius]");
    }

    @Test
    void openApiDiscriminatorMapsValuesToVariants() throws Exception {
        Schemas.write(dir.resolve("s"), "pets.json", """
                {"title": "Owner", "type": "object", "properties": {
                  "pet": {"oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}, {"$ref": "#/$defs/Bird"}],
                          "discriminator": {"propertyName": "petType", "mapping": {"kitty": "#/$defs/Cat"}}}},
                 "$defs": {
                   "Pet": {"type": "object", "required": ["petType"], "properties": {"petType": {"type": "string"}}},
                   "Cat": {"allOf": [{"$ref": "#/$defs/Pet"}, {"properties": {"purrs": {"type": "boolean"}}}]},
                   "Dog": {"allOf": [{"$ref": "#/$defs/Pet"}, {"properties": {"barks": {"type": "boolean"}}}]},
                   "Bird": {"type": "object", "properties": {"petType": {"enum": ["tweety"]}, "sings": {"type": "boolean"}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.validate().diagnostics()).isEmpty();
        Class<?> owner = load(generator, "Owner");
        for (String[] pair : new String[][] {{"kitty", "Cat"}, {"Dog", "Dog"}, {"tweety", "Bird"}}) {
            String json = "{\"pet\":{\"petType\":\"" + pair[0] + "\"}}";
            Object read = JSON.readValue(json, owner);
            assertThat(call(read, "getPet").getClass().getSimpleName()).isEqualTo(pair[1]);
            assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
            Object read2 = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, owner);
            assertThat(call(read2, "getPet").getClass().getSimpleName()).isEqualTo(pair[1]);
        }
        assertThatThrownBy(() -> JSON.readValue("{\"pet\":{\"petType\":\"Cat\"}}", owner))
                .hasMessageContaining("Cat");
    }

    @Test
    void anyOfWithoutADiscriminatorIsDeducedFromThePropertiesPresent() {
        Class<?> contact = generate("Contact", """
                {"title": "Contact", "type": "object", "properties": {
                  "via": {"anyOf": [
                    {"title": "Email", "type": "object", "required": ["address"], "properties": {"address": {"type": "string"}}},
                    {"title": "Phone", "type": "object", "required": ["number"], "properties": {"number": {"type": "string"}}}]}}}
                """);
        // deduction names variants by class; Jackson finds the test-compiled classes through the context loader
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(contact.getClassLoader());
        try {
            Object read = JSON.readValue("{\"via\":{\"number\":\"+1 555\"}}", contact);
            assertThat(call(read, "getVia").getClass().getSimpleName()).isEqualTo("Phone");
            assertThat(JSON.writeValueAsString(read)).isEqualTo("{\"via\":{\"number\":\"+1 555\"}}");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void validationKeywordsAreDocumentedInTheJavadoc() {
        Schemas.write(dir.resolve("s"), "v.json", """
                {"title": "V", "properties": {"code": {"type": "string", "minLength": 3, "pattern": "^[a-z]*/$"},
                 "n": {"type": "integer", "minimum": 0, "exclusiveMaximum": 10}}}
                """);
        var generator = Schemas.generator(dir);
        String source = generator.sources().get("com/example/V.java");
        assertThat(source).contains("Schema constraints (documented, not checked): <code>minLength: 3, pattern: ^[a-z]*&#47;$</code>.")
                .contains("<code>minimum: 0, exclusiveMaximum: 10</code>");
        InMemoryCompiler.compile(generator.sources(), dir.resolve("javac"));
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
    void aUnionWhoseVariantEnclosesItIsATopLevelInterface() {
        // found by the build's fuzz session: nested in D.Value, the union was implemented by D itself
        Schemas.write(dir.resolve("s"), "d.json", """
                {"title": "D", "type": "object", "properties": {"value": {"type": "object", "properties": {
                  "next": {"anyOf": [{"$ref": "#"}, {"type": "object", "properties": {"end": {"type": "string"}}}]}}}}}
                """);
        var generator = Schemas.generator(dir);
        assertThat(generator.sources()).containsOnlyKeys("com/example/D.java", "com/example/Next.java",
                "com/example/NextOption2.java");
        Class<?> d = load(generator, "D");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(d.getClassLoader());
        try {
            Object read = JSON.readValue("{\"value\":{\"next\":{\"end\":\"x\"}}}", d);
            assertThat(call(call(call(read, "getValue"), "getNext"), "getEnd")).isEqualTo("x");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
