package dev.schemapojo.core.model;

import static dev.schemapojo.core.model.ModelRun.diagnostics;
import static dev.schemapojo.core.model.ModelRun.findings;
import static dev.schemapojo.core.model.ModelRun.model;
import static dev.schemapojo.core.model.ModelRun.name;
import static dev.schemapojo.core.model.ModelRun.named;
import static dev.schemapojo.core.model.ModelRun.object;
import static dev.schemapojo.core.model.ModelRun.property;
import static dev.schemapojo.core.model.ModelRun.scalar;
import static dev.schemapojo.core.model.ModelRun.topLevel;
import static dev.schemapojo.core.model.ModelRun.type;
import static dev.schemapojo.core.model.ModelRun.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemapojo.core.ir.EnumType;
import dev.schemapojo.core.ir.EnumType.Constant;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link TypeRef} each kind of schema gets: scalars and formats, lists, sets and maps, nullable
 * values, nested and referenced types, tuples and enums.
 */
class TypeMappingTest {
    @TempDir
    Path dir;

    /** The type of each property of {@code com.example.<simpleName>}, in order. */
    private static List<TypeRef> types(TypeModel model, String simpleName) {
        return object(model, simpleName).properties().stream().map(Property::type).toList();
    }

    /** {@code depth} lists around {@code item}. */
    private static TypeRef lists(int depth, TypeRef item) {
        TypeRef type = item;
        for (int i = 0; i < depth; i++) {
            type = new TypeRef.ListOf(type);
        }
        return type;
    }

    @Test
    void scalarTypes() {
        TypeModel model = model(dir, "scalars.json", """
                {"type": "object", "properties": {
                   "s": {"type": "string"},
                   "i": {"type": "integer"},
                   "i32": {"type": "integer", "format": "int32"},
                   "i64": {"type": "integer", "format": "int64"},
                   "n": {"type": "number", "format": "float"},
                   "b": {"type": "boolean"},
                   "empty": {},
                   "yes": true,
                   "nothing": {"type": "null"},
                   "fixedText": {"const": "x"},
                   "fixedCount": {"const": 3},
                   "fixedRatio": {"const": 1.5}}}
                """);
        // without a type, a const says what the value is
        assertThat(types(model, "Scalars")).containsExactly(scalar(ScalarKind.STRING), scalar(ScalarKind.LONG),
                scalar(ScalarKind.INTEGER), scalar(ScalarKind.LONG), scalar(ScalarKind.DOUBLE), scalar(ScalarKind.BOOLEAN),
                scalar(ScalarKind.ANY), scalar(ScalarKind.ANY), scalar(ScalarKind.ANY), scalar(ScalarKind.STRING),
                scalar(ScalarKind.LONG), scalar(ScalarKind.DOUBLE));
    }

    @Test
    void stringFormatsWithASafeJavaTypeGetItAndTheOthersStayStrings() {
        TypeModel model = model(dir, "formats.json", """
                {"type": "object", "properties": {
                   "when": {"type": "string", "format": "date-time"},
                   "day": {"type": "string", "format": "date"},
                   "at": {"type": "string", "format": "time"},
                   "id": {"type": "string", "format": "uuid"},
                   "link": {"type": "string", "format": "uri"},
                   "ref": {"type": "string", "format": "uri-reference"},
                   "iri": {"type": "string", "format": "iri"},
                   "mail": {"type": "string", "format": "email"},
                   "span": {"type": "string", "format": "duration"},
                   "data": {"type": "string", "contentEncoding": "base64"}}}
                """);
        assertThat(types(model, "Formats")).containsExactly(scalar(ScalarKind.OFFSET_DATE_TIME),
                scalar(ScalarKind.LOCAL_DATE), scalar(ScalarKind.OFFSET_TIME), scalar(ScalarKind.UUID),
                scalar(ScalarKind.URI), scalar(ScalarKind.URI_REFERENCE), scalar(ScalarKind.IRI), scalar(ScalarKind.STRING),
                scalar(ScalarKind.STRING), scalar(ScalarKind.STRING));
    }

    @Test
    void arraysAreListsAndUniqueItemsSets() {
        TypeModel model = model(dir, "arrays.json", """
                {"type": "object", "properties": {
                   "names": {"type": "array", "items": {"type": "string"}},
                   "anything": {"type": "array"},
                   "ids": {"type": "array", "uniqueItems": true, "items": {"type": "integer"}},
                   "grid": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
                   "flags": {"items": {"type": "boolean"}}}}
                """);
        assertThat(types(model, "Arrays")).containsExactly(new TypeRef.ListOf(scalar(ScalarKind.STRING)),
                new TypeRef.ListOf(scalar(ScalarKind.ANY)), new TypeRef.SetOf(scalar(ScalarKind.LONG)),
                new TypeRef.ListOf(new TypeRef.ListOf(scalar(ScalarKind.DOUBLE))),
                new TypeRef.ListOf(scalar(ScalarKind.BOOLEAN)));
    }

    @Test
    void objectsWithoutPropertiesAreMapsOfWhatTheyAllow() {
        TypeModel model = model(dir, "maps.json", """
                {"type": "object", "properties": {
                   "any": {"type": "object"},
                   "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                   "flags": {"type": "object", "patternProperties": {"^x-": {"type": "boolean"}}},
                   "groups": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}
                """);
        assertThat(types(model, "Maps")).containsExactly(new TypeRef.MapOf(scalar(ScalarKind.ANY)),
                new TypeRef.MapOf(scalar(ScalarKind.LONG)), new TypeRef.MapOf(scalar(ScalarKind.BOOLEAN)),
                new TypeRef.MapOf(new TypeRef.ListOf(scalar(ScalarKind.STRING))));
        assertThat(object(model, "Maps").nested()).isEmpty();
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void aValueOrNullIsTheValuesTypeAndNullable() {
        TypeModel model = model(dir, "maybe.json", """
                {"type": "object",
                 "$defs": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}},
                 "properties": {
                   "a": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                   "b": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/Pet"}]},
                   "c": {"type": ["integer", "null"]},
                   "d": {"type": "string"}}}
                """);
        ObjectType maybe = object(model, "Maybe");
        assertThat(maybe.properties()).extracting(Property::type, Property::nullable).containsExactly(
                tuple(scalar(ScalarKind.STRING), true),
                tuple(named("Pet"), true),
                tuple(scalar(ScalarKind.LONG), true),
                tuple(scalar(ScalarKind.STRING), false));
        // the null branch is the nullable pattern, not a union: nothing is reported
        assertThat(topLevel(model)).containsExactly("com.example.Maybe", "com.example.Pet");
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void aValueOfSeveralTypesIsAnyJson() {
        ObjectType mixed = object(model(dir, "mixed.json", """
                {"type": "object", "properties": {"id": {"type": ["string", "integer"]}}}
                """), "Mixed");
        assertThat(property(mixed, "id").type()).isEqualTo(scalar(ScalarKind.ANY));
        assertThat(findings(diagnostics(dir))).containsExactly("model.type-union /properties/id/type");
    }

    @Test
    void inlineObjectsAreNestedTypesNamedAfterTheirPropertyItemOrValue() {
        TypeModel model = model(dir, "person.json", """
                {"title": "Person", "type": "object", "properties": {
                   "home_address": {"type": "object", "description": "Where they live.", "properties": {
                     "geo": {"type": "object", "properties": {"lat": {"type": "number"}}}}},
                   "tags": {"type": "array", "items": {"type": "object", "properties": {"key": {"type": "string"}}}},
                   "scores": {"type": "object", "additionalProperties": {
                     "type": "object", "properties": {"value": {"type": "integer"}}}}}}
                """);
        assertThat(topLevel(model)).containsExactly("com.example.Person");
        ObjectType person = object(model, "Person");
        assertThat(person.properties()).extracting(Property::type).containsExactly(named("Person", "HomeAddress"),
                new TypeRef.ListOf(named("Person", "TagsItem")), new TypeRef.MapOf(named("Person", "ScoresValue")));
        assertThat(person.nested()).extracting(TypeDecl::name)
                .containsExactly(name("Person", "HomeAddress"), name("Person", "TagsItem"), name("Person", "ScoresValue"));
        ObjectType address = object(model, "Person", "HomeAddress");
        assertThat(address.description()).isEqualTo("Where they live.");
        assertThat(address.origin()).isEqualTo(new Origin("person.json", "/properties/home_address"));
        assertThat(property(address, "geo").type()).isEqualTo(named("Person", "HomeAddress", "Geo"));
        assertThat(model.typeCount()).isEqualTo(5);
    }

    @Test
    void nestedNamesAvoidTheEnclosingTypesTheBuilderAndEachOther() {
        ObjectType node = object(model(dir, "node.json", """
                {"type": "object", "properties": {
                   "node": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "builder": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "item": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "Item": {"type": "object", "properties": {"id": {"type": "string"}}}}}
                """), "Node");
        // Java forbids a nested class named like an enclosing one, and every class has a nested Builder
        assertThat(node.properties()).extracting(Property::type).containsExactly(named("Node", "Node2"),
                named("Node", "Builder2"), named("Node", "Item"), named("Node", "Item2"));
    }

    @Test
    void aRefIsTheTargetsOneTopLevelTypeAndARefToAScalarIsTheScalar() {
        write(dir, "pet.json", """
                {"type": "object", "properties": {"name": {"type": "string"}}}
                """);
        write(dir, "common.json", """
                {"$defs": {"Money": {"type": "object", "properties": {"cents": {"type": "integer"}}},
                           "Cents": {"type": "integer", "format": "int32"}}}
                """);
        write(dir, "owner.json", """
                {"type": "object", "properties": {
                   "pet": {"$ref": "pet.json"},
                   "pets": {"type": "array", "items": {"$ref": "pet.json"}},
                   "balance": {"$ref": "common.json#/$defs/Money"},
                   "cents": {"$ref": "common.json#/$defs/Cents"},
                   "successor": {"$ref": "#"}}}
                """);
        TypeModel model = model(dir);
        assertThat(topLevel(model)).containsExactly("com.example.Money", "com.example.Owner", "com.example.Pet");
        assertThat(types(model, "Owner")).containsExactly(named("Pet"), new TypeRef.ListOf(named("Pet")), named("Money"),
                scalar(ScalarKind.INTEGER), named("Owner"));
        assertThat(object(model, "Owner").nested()).isEmpty();
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void listsNestedMoreThanSixteenDeepHoldAnyJsonFromThere() {
        // 16 arrays around a string are kept; the 17th array's items are Object
        String sixteen = "{\"type\": \"array\", \"items\": ".repeat(16) + "{\"type\": \"string\"}" + "}".repeat(16);
        String seventeen = "{\"type\": \"array\", \"items\": ".repeat(17) + "{\"type\": \"string\"}" + "}".repeat(17);
        TypeModel model = model(dir, "deep.json", """
                {"type": "object", "properties": {
                   "kept": %s,
                   "capped": %s}}
                """.formatted(sixteen, seventeen));
        ObjectType deep = object(model, "Deep");
        assertThat(property(deep, "kept").type()).isEqualTo(lists(16, scalar(ScalarKind.STRING)));
        assertThat(property(deep, "capped").type()).isEqualTo(lists(17, scalar(ScalarKind.ANY)));
        assertThat(findings(diagnostics(dir))).containsExactly("model.too-deep /properties/capped" + "/items".repeat(17));
    }

    @Test
    void aClosedTupleIsANestedTupleTypeAndAnOpenOneAListOfAnyJson() {
        TypeModel model = model(dir, "shape.json", """
                {"type": "object", "properties": {
                   "point": {"type": "array", "minItems": 2, "items": false, "prefixItems": [
                     {"type": "number", "description": "x"},
                     {"type": "number", "description": "y"},
                     {"type": "object", "properties": {"label": {"type": "string"}}}]},
                   "open": {"type": "array", "prefixItems": [{"type": "string"}]}}}
                """);
        ObjectType shape = object(model, "Shape");
        assertThat(property(shape, "point").type()).isEqualTo(named("Shape", "Point"));
        TupleType point = type(model, TupleType.class, "Shape", "Point");
        assertThat(point.items()).containsExactly(new TupleType.Item(scalar(ScalarKind.DOUBLE), "x"),
                new TupleType.Item(scalar(ScalarKind.DOUBLE), "y"),
                new TupleType.Item(named("Shape", "Point", "PointItem2"), ""));
        assertThat(point.requiredItems()).isEqualTo(2);
        assertThat(point.nested()).extracting(TypeDecl::name).containsExactly(name("Shape", "Point", "PointItem2"));
        assertThat(property(shape, "open").type()).isEqualTo(new TypeRef.ListOf(scalar(ScalarKind.ANY)));
        assertThat(findings(diagnostics(dir))).containsExactly("model.not-represented /properties/open/prefixItems");
    }

    @Test
    void draft7ArrayItemsAreATupleWhenMaxItemsClosesThem() {
        TypeModel model = model(dir, "span.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {
                   "range": {"type": "array", "items": [{"type": "integer"}, {"type": "integer"}], "maxItems": 2}}}
                """);
        TupleType range = type(model, TupleType.class, "Span", "Range");
        assertThat(range.items()).extracting(TupleType.Item::type)
                .containsExactly(scalar(ScalarKind.LONG), scalar(ScalarKind.LONG));
        assertThat(range.requiredItems()).isZero();
    }

    @Test
    void aStringEnumIsAnEnumTypeWithLegalDistinctConstantsForEachValueOnce() {
        TypeModel model = model(dir, "user.json", """
                {"type": "object", "properties": {
                   "status": {"description": "State.", "enum": ["active", "in-active", "Active", "active", "2fa", "", null]}}}
                """);
        Property status = property(object(model, "User"), "status");
        assertThat(status.type()).isEqualTo(named("User", "Status"));
        // null among the values is nullability, not a constant
        assertThat(status.nullable()).isTrue();
        EnumType type = type(model, EnumType.class, "User", "Status");
        assertThat(type.description()).isEqualTo("State.");
        assertThat(type.constants()).containsExactly(new Constant("ACTIVE", "active"), new Constant("IN_ACTIVE", "in-active"),
                new Constant("ACTIVE_", "Active"), new Constant("_2FA", "2fa"), new Constant("VALUE", ""));
    }

    @Test
    void aLargeStringEnumIsStillOneEnumTypeInTheModel() {
        // over 1,000 values the emitter writes a value class; the model does not decide that
        String values = IntStream.range(0, 1_001).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(", "));
        TypeModel model = model(dir, "code.json", """
                {"enum": [%s]}
                """.formatted(values));
        EnumType code = type(model, EnumType.class, "Code");
        assertThat(code.constants()).hasSize(1_001);
        assertThat(code.constants().get(0)).isEqualTo(new Constant("V0", "v0"));
        assertThat(code.constants().get(1_000)).isEqualTo(new Constant("V1000", "v1000"));
    }

    @Test
    void aDynamicRefToAnAnchorTheRootResourceAlsoDeclaresIsTheRootsType() {
        // the extensible-tree pattern: the base's children are whatever extends it, here Tree itself
        TypeModel model = model(dir, "tree.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/tree",
                 "$dynamicAnchor": "node", "title": "Tree", "type": "object", "$ref": "#/$defs/base",
                 "properties": {"label": {"type": "string"}},
                 "$defs": {"base": {"$id": "base", "$dynamicAnchor": "node", "type": "object",
                   "properties": {"children": {"type": "array", "items": {"$dynamicRef": "#node"}}}}}}
                """);
        ObjectType tree = object(model, "Tree");
        assertThat(tree.properties()).extracting(Property::jsonName).containsExactly("label", "children");
        assertThat(property(tree, "children").type()).isEqualTo(new TypeRef.ListOf(named("Tree")));
        assertThat(diagnostics(dir)).isEmpty();
    }
}
