package dev.schemapojo.core.model;

import static dev.schemapojo.core.model.ModelRun.diagnostics;
import static dev.schemapojo.core.model.ModelRun.findings;
import static dev.schemapojo.core.model.ModelRun.jsonNames;
import static dev.schemapojo.core.model.ModelRun.model;
import static dev.schemapojo.core.model.ModelRun.named;
import static dev.schemapojo.core.model.ModelRun.object;
import static dev.schemapojo.core.model.ModelRun.property;
import static dev.schemapojo.core.model.ModelRun.scalar;
import static dev.schemapojo.core.model.ModelRun.topLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allOf} merged into one class: the properties and required names of the schema and of every
 * branch, through {@code $ref}s and nested {@code allOf}s; and {@code oneOf}/{@code anyOf} beside
 * properties, whose branches' properties the class holds as optional ones.
 */
class AllOfTest {
    @TempDir
    Path dir;

    @Test
    void allOfMergesThePropertiesAndRequiredNamesOfEveryBranchThroughRefs() {
        TypeModel model = model(dir, "dog.json", """
                {"title": "Dog",
                 "allOf": [{"$ref": "#/$defs/Animal"},
                           {"properties": {"breed": {"type": "string"}}, "required": ["breed"]}],
                 "properties": {"name": {"type": "string"}},
                 "$defs": {"Animal": {"type": "object", "required": ["legs"],
                   "properties": {"name": {"type": "string"}, "legs": {"type": "integer"}}}}}
                """);
        ObjectType dog = object(model, "Dog");
        // the schema's own properties first, then each branch's in order; "name" twice, alike, is one property
        assertThat(dog.properties()).extracting(Property::jsonName, Property::required).containsExactly(
                tuple("name", false),
                tuple("legs", true),
                tuple("breed", true));
        assertThat(property(dog, "legs").type()).isEqualTo(scalar(ScalarKind.LONG));
        // the referenced branch is still a type of its own; Dog is no subclass of it
        assertThat(topLevel(model)).containsExactly("com.example.Animal", "com.example.Dog");
        assertThat(jsonNames(object(model, "Animal"))).containsExactly("name", "legs");
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void allOfFollowsDynamicAndRecursiveRefsLikeRef() {
        ObjectType node = object(model(dir, "node.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Node",
                 "allOf": [{"$dynamicRef": "#base"}, {"properties": {"label": {"type": "string"}}}],
                 "$defs": {"base": {"$dynamicAnchor": "base", "type": "object", "required": ["id"],
                   "properties": {"id": {"type": "string"}}}}}
                """), "Node");
        assertThat(node.properties()).extracting(Property::jsonName, Property::required).containsExactly(
                tuple("id", true),
                tuple("label", false));
        ObjectType old = object(model(dir, "old.json", """
                {"$schema": "https://json-schema.org/draft/2019-09/schema", "title": "Old", "$recursiveAnchor": true,
                 "type": "object", "properties": {"n": {"type": "integer"}},
                 "$defs": {"more": {"allOf": [{"$recursiveRef": "#"}, {"properties": {"m": {"type": "string"}}}]}}}
                """), "Old");
        assertThat(jsonNames(old)).containsExactly("n");
        assertThat(jsonNames(object(model(dir), "More"))).containsExactly("n", "m");
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void nestedAllOfsAndARequiredOnlyBranchMergeInOrder() {
        ObjectType item = object(model(dir, "item.json", """
                {"allOf": [
                   {"allOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": {"type": "integer"}}}]},
                   {"required": ["a"]},
                   {"properties": {"c": {"type": "boolean"}}}]}
                """), "Item");
        assertThat(item.properties()).extracting(Property::jsonName, Property::required).containsExactly(
                tuple("a", true),
                tuple("b", false),
                tuple("c", false));
    }

    @Test
    void anInlineAllOfOfObjectsIsANestedClass() {
        TypeModel model = model(dir, "team.json", """
                {"type": "object",
                 "properties": {"lead": {"allOf": [{"$ref": "#/$defs/Person"},
                   {"properties": {"role": {"type": "string"}}, "required": ["role"]}]}},
                 "$defs": {"Person": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}}}
                """);
        assertThat(property(object(model, "Team"), "lead").type()).isEqualTo(named("Team", "Lead"));
        assertThat(object(model, "Team", "Lead").properties()).extracting(Property::jsonName, Property::required)
                .containsExactly(tuple("name", true),
                        tuple("role", true));
    }

    @Test
    void aPropertyTwoBranchesDefineDifferentlyKeepsTheFirstDefinition() {
        ObjectType thing = object(model(dir, "thing.json", """
                {"allOf": [
                   {"properties": {"id": {"type": "string"}}},
                   {"properties": {"id": {"type": "integer"}, "n": {"type": "number"}}}]}
                """), "Thing");
        assertThat(jsonNames(thing)).containsExactly("id", "n");
        assertThat(property(thing, "id").type()).isEqualTo(scalar(ScalarKind.STRING));
        assertThat(findings(diagnostics(dir))).containsExactly("model.allof-conflict /allOf/1/properties/id");
    }

    @Test
    void oneOfBranchesBesidePropertiesBecomeOptionalPropertiesWithoutTheirFixedValues() {
        ObjectType contact = object(model(dir, "contact.json", """
                {"type": "object", "required": ["name"],
                 "properties": {"name": {"type": "string"}},
                 "oneOf": [
                   {"properties": {"email": {"type": "string", "default": "a@example.com"}, "kind": {"const": "email"}},
                    "required": ["email"]},
                   {"properties": {"phone": {"type": "string"}, "kind": {"const": "phone"}}, "required": ["phone"]}]}
                """), "Contact");
        // which branch applies is not known, so neither its required names nor its const and default hold
        assertThat(contact.properties()).extracting(Property::jsonName, Property::required).containsExactly(
                tuple("name", true),
                tuple("email", false),
                tuple("kind", false),
                tuple("phone", false));
        assertThat(property(contact, "email").defaultValue()).isNull();
        assertThat(property(contact, "kind").constant()).isNull();
        assertThat(property(contact, "kind").type()).isEqualTo(scalar(ScalarKind.STRING));
        assertThat(findings(diagnostics(dir))).containsExactly("model.not-represented /oneOf");
    }

    @Test
    void anyOfInsideAnAllOfBranchAddsItsPropertiesToo() {
        ObjectType shipment = object(model(dir, "shipment.json", """
                {"allOf": [
                   {"properties": {"id": {"type": "string"}}, "required": ["id"]},
                   {"anyOf": [{"properties": {"tracking": {"type": "string"}}, "required": ["tracking"]},
                              {"properties": {"pickup": {"type": "boolean"}}}]}]}
                """), "Shipment");
        assertThat(shipment.properties()).extracting(Property::jsonName, Property::required).containsExactly(
                tuple("id", true),
                tuple("tracking", false),
                tuple("pickup", false));
    }
}
