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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.UnionType;
import dev.schemapojo.core.ir.UnionType.Variant;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.ir.ValueType.Alternative;
import dev.schemapojo.core.ir.ValueType.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code oneOf}/{@code anyOf} of object schemas as a {@link UnionType}: its variants, how JSON tells them
 * apart (a const discriminator, OpenAPI's {@code discriminator}, or the properties present), the
 * interfaces the variants implement, and the value class it falls back to.
 */
class UnionModelTest {
    @TempDir
    Path dir;

    /** Two object schemas whose {@code kind} differs: a {@code const}, and a one-value {@code enum}. */
    private static final String SHAPES = """
            "Circle": {"type": "object", "required": ["kind", "radius"],
                       "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}}},
            "Square": {"type": "object", "required": ["kind", "side"],
                       "properties": {"kind": {"enum": ["square"]}, "side": {"type": "number"}}}
            """;

    @Test
    void aOneOfOfObjectsWithAFixedKindIsAUnionWithThatDiscriminator() {
        TypeModel model = model(dir, "shape.json", """
                {"title": "Shape", "description": "A figure.",
                 "oneOf": [{"$ref": "#/$defs/Circle"}, {"$ref": "#/$defs/Square"}],
                 "$defs": {%s}}
                """.formatted(SHAPES));
        assertThat(topLevel(model)).containsExactly("com.example.Circle", "com.example.Shape", "com.example.Square");
        UnionType shape = type(model, UnionType.class, "Shape");
        assertThat(shape.discriminator()).isEqualTo("kind");
        assertThat(shape.variants()).extracting(Variant::type, Variant::discriminatorValue).containsExactly(tuple(name("Circle"), "circle"), tuple(name("Square"), "square"));
        assertThat(shape.description()).isEqualTo("A figure.");
        assertThat(shape.origin()).isEqualTo(new Origin("shape.json", ""));
        assertThat(shape.nested()).isEmpty();
        // the variants implement the union's interface and keep their discriminator as a typed const
        assertThat(object(model, "Circle").interfaces()).containsExactly(name("Shape"));
        assertThat(object(model, "Square").interfaces()).containsExactly(name("Shape"));
        assertThat(property(object(model, "Circle"), "kind").constant()).isEqualTo(new Literal.Str("circle"));
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void variantsWithoutADiscriminatorAreTriedInOrderAndInlineBranchesAreTopLevelTypes() {
        TypeModel model = model(dir, "contact.json", """
                {"title": "Contact", "anyOf": [
                   {"type": "object", "properties": {"email": {"type": "string"}}, "required": ["email"]},
                   {"type": "object", "title": "Phone Contact", "properties": {"phone": {"type": "string"}}}]}
                """);
        // an untitled inline branch is named after the union and its position
        assertThat(topLevel(model)).containsExactly("com.example.Contact", "com.example.ContactOption1",
                "com.example.PhoneContact");
        UnionType contact = type(model, UnionType.class, "Contact");
        assertThat(contact.discriminator()).isNull();
        assertThat(contact.reading()).isEqualTo(UnionType.Reading.FIRST_MATCH);
        assertThat(contact.variants()).extracting(Variant::declared).containsExactly(List.of("email"), List.of("phone"));
        assertThat(contact.variants()).extracting(Variant::type, Variant::discriminatorValue).containsExactly(tuple(name("ContactOption1"), null),
                tuple(name("PhoneContact"), null));
        assertThat(object(model, "ContactOption1").origin()).isEqualTo(new Origin("contact.json", "/anyOf/0"));
        assertThat(object(model, "PhoneContact").interfaces()).containsExactly(name("Contact"));
    }

    @Test
    void openApisDiscriminatorTakesItsMappingElseTheSchemasName() {
        TypeModel model = model(dir, "pet.json", """
                {"title": "Pet", "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}],
                 "discriminator": {"propertyName": "pet_type", "mapping": {"kitty": "#/$defs/Cat"}},
                 "$defs": {
                   "Cat": {"type": "object", "properties": {"pet_type": {"type": "string"}, "purrs": {"type": "boolean"}}},
                   "Dog": {"type": "object", "properties": {"pet_type": {"type": "string"}, "barks": {"type": "boolean"}}}}}
                """);
        UnionType pet = type(model, UnionType.class, "Pet");
        assertThat(pet.discriminator()).isEqualTo("pet_type");
        assertThat(pet.variants()).extracting(Variant::type, Variant::discriminatorValue).containsExactly(tuple(name("Cat"), "kitty"), tuple(name("Dog"), "Dog"));
    }

    @Test
    void aUnionPropertyIsATopLevelTypeNamedAfterThePropertyAndAVariantNamesEveryUnionItIsIn() {
        TypeModel model = model(dir, "drawing.json", """
                {"title": "Drawing", "type": "object", "properties": {
                   "main_shape": {"oneOf": [{"$ref": "#/$defs/Circle"}, {"$ref": "#/$defs/Square"}]},
                   "other_shape": {"anyOf": [{"$ref": "#/$defs/Circle"}, {"$ref": "#/$defs/Square"}]}},
                 "$defs": {%s}}
                """.formatted(SHAPES));
        // nested in Drawing, a union could be implemented by Drawing itself: Java rejects that as cyclic
        assertThat(topLevel(model)).containsExactly("com.example.Circle", "com.example.Drawing", "com.example.MainShape",
                "com.example.OtherShape", "com.example.Square");
        assertThat(object(model, "Drawing").nested()).isEmpty();
        assertThat(property(object(model, "Drawing"), "main_shape").type()).isEqualTo(named("MainShape"));
        assertThat(property(object(model, "Drawing"), "other_shape").type()).isEqualTo(named("OtherShape"));
        assertThat(object(model, "Circle").interfaces()).containsExactly(name("MainShape"), name("OtherShape"));
        assertThat(type(model, UnionType.class, "OtherShape").variants()).extracting(Variant::type, Variant::discriminatorValue)
                .containsExactly(tuple(name("Circle"), "circle"), tuple(name("Square"), "square"));
    }

    @Test
    void aUnionOfKindsIsAValueOfOneAlternativePerKind() {
        TypeModel model = model(dir, "id.json", """
                {"title": "Id", "oneOf": [{"$ref": "#/$defs/Num"}, {"$ref": "#/$defs/Text"}],
                 "$defs": {"Num": {"type": "integer"}, "Text": {"type": "string"}}}
                """);
        assertThat(topLevel(model)).containsExactly("com.example.Id");
        ValueType id = type(model, ValueType.class, "Id");
        assertThat(id.value().type()).isEqualTo(scalar(ScalarKind.ANY));
        assertThat(id.alternatives()).containsExactly(new Alternative(Kind.INTEGER, scalar(ScalarKind.LONG)),
                new Alternative(Kind.STRING, scalar(ScalarKind.STRING)));
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void aUnionOfKindsThatCannotBeTypedFallsBackToAValueOfAnyJson() {
        // two strings (one with a format a plain string would not check): JSON tells them apart by content only
        TypeModel model = model(dir, "id.json", """
                {"title": "Id", "oneOf": [{"$ref": "#/$defs/Day"}, {"$ref": "#/$defs/Text"}],
                 "$defs": {"Day": {"type": "string", "format": "date"}, "Text": {"type": "string"}}}
                """);
        ValueType id = type(model, ValueType.class, "Id");
        assertThat(id.value().type()).isEqualTo(scalar(ScalarKind.ANY));
        assertThat(id.alternatives()).isEmpty();
        assertThat(findings(diagnostics(dir))).containsExactly("model.union-fallback /oneOf");
    }

    @Test
    void variantsThatReadASharedPropertyDifferentlyAndCannotBeDeducedFallBackToAValue() {
        TypeModel model = model(dir, "either.json", """
                {"title": "Either", "oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}],
                 "$defs": {"A": {"type": "object", "properties": {"x": {"type": "string"}}},
                           "B": {"type": "object", "properties": {"x": {"type": "integer"}}}}}
                """);
        assertThat(type(model, ValueType.class, "Either").value().type()).isEqualTo(scalar(ScalarKind.ANY));
        // A and B are still types of the library, but no variants of anything
        assertThat(object(model, "A").interfaces()).isEmpty();
        assertThat(object(model, "B").interfaces()).isEmpty();
        List<Diagnostic> diagnostics = diagnostics(dir);
        assertThat(findings(diagnostics)).containsExactly("model.union-fallback /oneOf");
        assertThat(diagnostics.get(0).message()).startsWith("A and B read \"x\" differently");
    }

    @Test
    void howAUnionWithoutDiscriminatorIsRead() {
        String variants = """
                "A": {"type": "object", "required": ["a"], "properties": {"a": %s, "x": %s}},
                "B": {"type": "object", "required": ["b"], "properties": {"b": {"type": "string"}, "x": %s}}""";
        // the same schema, or scalars read alike (a const is checked when building): every builder is tried
        for (String[] x : List.of(new String[] {"{\"$ref\": \"#/$defs/X\"}", "{\"$ref\": \"#/$defs/X\"}"},
                new String[] {"{\"type\": \"string\", \"const\": \"p\"}", "{\"type\": \"string\", \"minLength\": 1}"},
                new String[] {"{\"type\": \"object\", \"properties\": {\"q\": {}}}", "{\"type\": \"object\", \"properties\": {\"q\": {}}}"})) {
            TypeModel model = model(dir, "u.json", "{\"title\": \"U\", \"anyOf\": [{\"$ref\": \"#/$defs/A\"}, {\"$ref\": \"#/$defs/B\"}],"
                    + " \"$defs\": {\"X\": {\"type\": \"object\", \"properties\": {\"q\": {}}}, "
                    + variants.formatted("{\"type\": \"string\"}", x[0], x[1]) + "}}");
            assertThat(type(model, UnionType.class, "U").reading()).as(x[0]).isEqualTo(UnionType.Reading.FIRST_MATCH);
        }
        // read differently (a string and a date-time; two object schemas), but each requires a property of its own
        for (String[] x : List.of(new String[] {"{\"type\": \"string\"}", "{\"type\": \"string\", \"format\": \"date-time\"}"},
                new String[] {"{\"type\": \"object\", \"properties\": {\"q\": {}}}", "{\"type\": \"object\", \"properties\": {\"r\": {}}}"})) {
            TypeModel model = model(dir, "u.json", "{\"title\": \"U\", \"anyOf\": [{\"$ref\": \"#/$defs/A\"}, {\"$ref\": \"#/$defs/B\"}],"
                    + " \"$defs\": {" + variants.formatted("{\"type\": \"string\"}", x[0], x[1]) + "}}");
            assertThat(type(model, UnionType.class, "U").reading()).as(x[1]).isEqualTo(UnionType.Reading.DEDUCTION);
        }
    }

    @Test
    void anObjectBranchBesideAnotherKindIsAnAlternativeOfItsClass() {
        TypeModel model = model(dir, "figure.json", """
                {"title": "Figure", "oneOf": [{"$ref": "#/$defs/Circle"}, {"$ref": "#/$defs/Label"}],
                 "$defs": {%s, "Label": {"type": "string"}}}
                """.formatted(SHAPES));
        assertThat(type(model, ValueType.class, "Figure").alternatives()).containsExactly(
                new Alternative(Kind.OBJECT, named("Circle")), new Alternative(Kind.STRING, scalar(ScalarKind.STRING)));
        assertThat(object(model, "Circle").interfaces()).isEmpty();
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void twoObjectBranchesBesideAnotherKindAreAValueHolder() {
        TypeModel model = model(dir, "figure.json", """
                {"title": "Figure", "oneOf": [{"$ref": "#/$defs/Circle"}, {"$ref": "#/$defs/Square"}, {"$ref": "#/$defs/Label"}],
                 "$defs": {%s, "Label": {"type": "string"}}}
                """.formatted(SHAPES));
        assertThat(type(model, ValueType.class, "Figure").alternatives()).isEmpty();
        assertThat(findings(diagnostics(dir))).containsExactly("model.union-fallback /oneOf");
    }
}
