package dev.schemapojo.core.model;

import static dev.schemapojo.core.model.ModelRun.diagnostics;
import static dev.schemapojo.core.model.ModelRun.findings;
import static dev.schemapojo.core.model.ModelRun.model;
import static dev.schemapojo.core.model.ModelRun.named;
import static dev.schemapojo.core.model.ModelRun.object;
import static dev.schemapojo.core.model.ModelRun.options;
import static dev.schemapojo.core.model.ModelRun.property;
import static dev.schemapojo.core.model.ModelRun.scalar;
import static dev.schemapojo.core.model.ModelRun.topLevel;
import static dev.schemapojo.core.model.ModelRun.type;
import static dev.schemapojo.core.model.ModelRun.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.EnumType;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Origin;
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.ValueType;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which schemas become top-level types and what they are called: files, {@code $defs} libraries, roots
 * that only refer elsewhere, referenced inline schemas, value files, and the names of all of them.
 */
class RootsTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithPropertiesIsOneTopLevelClassNamedByItsTitle() {
        TypeModel model = model(dir, "person.json", """
                {"title": "person record", "description": "Someone.", "type": "object",
                 "properties": {"name": {"type": "string"}}}
                """);
        assertThat(topLevel(model)).containsExactly("com.example.PersonRecord");
        ObjectType person = object(model, "PersonRecord");
        assertThat(person.description()).isEqualTo("Someone.");
        assertThat(person.origin()).isEqualTo(new Origin("person.json", ""));
        assertThat(person.nested()).isEmpty();
        assertThat(model.typeCount()).isEqualTo(1);
    }

    @Test
    void withoutATitleTheFileNameNamesTheType() {
        TypeModel model = model(dir, "order-line.v2.json", """
                {"type": "object", "properties": {"sku": {"type": "string"}}}
                """);
        // the extension goes, the rest of the base name is split into words
        assertThat(topLevel(model)).containsExactly("com.example.OrderLineV2");
    }

    @Test
    void aFileWithEmptyPropertiesOrOnlyAdditionalPropertiesIsStillAClass() {
        // a request without parameters, or a named map, is a type of the API all the same
        write(dir, "ping.json", """
                {"type": "object", "properties": {}}
                """);
        write(dir, "labels.json", """
                {"type": "object", "additionalProperties": {"type": "string"}}
                """);
        TypeModel model = model(dir);
        assertThat(topLevel(model)).containsExactly("com.example.Labels", "com.example.Ping");
        assertThat(object(model, "Ping").properties()).isEmpty();
        assertThat(object(model, "Ping").additional()).isNull();
        ObjectType labels = object(model, "Labels");
        assertThat(labels.properties()).isEmpty();
        assertThat(labels.additional().valueType()).isEqualTo(scalar(ScalarKind.STRING));
    }

    @Test
    void definitionsThatAreTypesBecomeTopLevelTypesEvenWhenNothingRefersToThem() {
        TypeModel model = model(dir, "library.json", """
                {"$defs": {
                   "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
                   "Color": {"enum": ["red", "green"]},
                   "Id": {"type": "string", "format": "uuid"}},
                 "definitions": {
                   "legacy_owner": {"properties": {"id": {"$ref": "#/$defs/Id"}}}}}
                """);
        // a file of definitions is a library of types; the scalar Id is no type, and the file itself gets none
        assertThat(topLevel(model)).containsExactly("com.example.Color", "com.example.LegacyOwner", "com.example.Pet");
        assertThat(type(model, EnumType.class, "Color").origin()).isEqualTo(new Origin("library.json", "/$defs/Color"));
        assertThat(object(model, "LegacyOwner").origin()).isEqualTo(new Origin("library.json", "/definitions/legacy_owner"));
        assertThat(property(object(model, "LegacyOwner"), "id").type()).isEqualTo(scalar(ScalarKind.UUID));
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void aRootThatIsOnlyAReferenceGeneratesTheTypeItRefersTo() {
        // as bundlers write them: the target sits below a $defs entry that is no type itself
        TypeModel model = model(dir, "bundle.json", """
                {"$ref": "#/$defs/group/animation",
                 "$defs": {"group": {"animation": {"type": "object", "properties": {
                   "frames": {"type": "integer"},
                   "easing": {"$ref": "#/$defs/group/easing"}}},
                   "easing": {"enum": ["linear", "ease-in"]}}}}
                """);
        assertThat(topLevel(model)).containsExactly("com.example.Animation", "com.example.Easing");
        ObjectType animation = object(model, "Animation");
        assertThat(animation.origin()).isEqualTo(new Origin("bundle.json", "/$defs/group/animation"));
        assertThat(property(animation, "easing").type()).isEqualTo(named("Easing"));
    }

    @Test
    void anInlineSchemaThatARefPointsAtIsTopLevelNotNested() {
        TypeModel model = model(dir, "order.json", """
                {"title": "Order", "type": "object", "properties": {
                   "ship_to": {"type": "object", "properties": {"street": {"type": "string"}}},
                   "bill_to": {"$ref": "#/properties/ship_to"}}}
                """);
        // named after its key, and the same one type for the property and the reference
        assertThat(topLevel(model)).containsExactly("com.example.Order", "com.example.ShipTo");
        ObjectType order = object(model, "Order");
        assertThat(order.nested()).isEmpty();
        assertThat(property(order, "ship_to").type()).isEqualTo(named("ShipTo"));
        assertThat(property(order, "bill_to").type()).isEqualTo(named("ShipTo"));
        assertThat(object(model, "ShipTo").origin()).isEqualTo(new Origin("order.json", "/properties/ship_to"));
    }

    @Test
    void aFileWhoseRootIsAStringIsAValueTypeButReferencesToItKeepTheString() {
        write(dir, "country-code.json", """
                {"description": "ISO 3166 alpha-2.", "type": "string", "minLength": 2, "maxLength": 2}
                """);
        write(dir, "address.json", """
                {"type": "object", "properties": {"country": {"$ref": "country-code.json"}}}
                """);
        TypeModel model = model(dir);
        assertThat(topLevel(model)).containsExactly("com.example.Address", "com.example.CountryCode");
        ValueType code = type(model, ValueType.class, "CountryCode");
        assertThat(code.description()).isEqualTo("ISO 3166 alpha-2.");
        assertThat(code.value().jsonName()).isEqualTo("value");
        assertThat(code.value().javaName()).isEqualTo("value");
        assertThat(code.value().type()).isEqualTo(scalar(ScalarKind.STRING));
        assertThat(code.value().required()).isTrue();
        assertThat(code.value().constraints().length())
                .isEqualTo(new Constraints.Range(BigInteger.valueOf(2), BigInteger.valueOf(2)));
        assertThat(property(object(model, "Address"), "country").type()).isEqualTo(scalar(ScalarKind.STRING));
    }

    @Test
    void filesWhoseRootIsAnArrayOrAnyValueAreValueTypesAndAClosedTupleFileIsTheTupleItself() {
        write(dir, "tags.json", """
                {"type": "array", "items": {"type": "string"}}
                """);
        write(dir, "anything.json", """
                {"description": "Any JSON."}
                """);
        write(dir, "pair.json", """
                {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false}
                """);
        TypeModel model = model(dir);
        assertThat(topLevel(model)).containsExactly("com.example.Anything", "com.example.Pair", "com.example.Tags");
        assertThat(type(model, ValueType.class, "Tags").value().type()).isEqualTo(new TypeRef.ListOf(scalar(ScalarKind.STRING)));
        assertThat(type(model, ValueType.class, "Anything").value().type()).isEqualTo(scalar(ScalarKind.ANY));
        assertThat(type(model, TupleType.class, "Pair").items()).extracting(TupleType.Item::type)
                .containsExactly(scalar(ScalarKind.STRING), scalar(ScalarKind.LONG));
    }

    @Test
    void aFalseFileAndAFileOfScalarDefinitionsGetNoType() {
        write(dir, "never.json", "false");
        write(dir, "scalars.json", """
                {"$defs": {"Id": {"type": "string"}, "Count": {"type": "integer"}}}
                """);
        assertThat(model(dir).types()).isEmpty();
        List<Diagnostic> diagnostics = diagnostics(dir);
        assertThat(findings(diagnostics)).containsExactly("model.no-type /", "model.no-type /");
        assertThat(diagnostics).extracting(Diagnostic::file).containsExactly("s/never.json", "s/scalars.json");
    }

    @Test
    void subDirectoriesBecomeSubPackages() {
        write(dir, "billing/v1/invoice.json", """
                {"type": "object", "properties": {"total": {"type": "number"}}}
                """);
        write(dir, "Shared-Types/money.json", """
                {"title": "Money", "type": "object", "properties": {"amount": {"type": "number"}}}
                """);
        TypeModel model = model(dir);
        assertThat(topLevel(model)).containsExactly("com.example.billing.v1.Invoice", "com.example.shared_types.Money");
        ObjectType invoice = type(model, ObjectType.class, new JavaName("com.example.billing.v1", List.of("Invoice")));
        assertThat(invoice.origin()).isEqualTo(new Origin("billing/v1/invoice.json", ""));
    }

    @Test
    void theNamespaceRuleTakesThePackageFromTheTitle() {
        write(dir, "member.json", """
                {"title": "api_b2b_v1_Member", "type": "object", "properties": {"id": {"type": "string"}}}
                """);
        TypeModel model = model(options(dir).typeNaming(TypeNaming.NAMESPACE));
        assertThat(topLevel(model)).containsExactly("com.example.api.b2b.v1.Member");
        assertThat(topLevel(model(dir))).containsExactly("com.example.ApiB2bV1Member");
    }

    @Test
    void aTypeCalledBuilderIsRenamedBecauseEveryClassHasANestedBuilder() {
        TypeModel model = model(dir, "builder.json", """
                {"type": "object", "properties": {"step": {"type": "string"}}}
                """);
        assertThat(topLevel(model)).containsExactly("com.example.Builder_");
    }

    @Test
    void twoFilesWithOneTitleAreANamingCollisionAndTheSecondIsNumberedToKeepTheModelWhole() {
        write(dir, "a.json", """
                {"title": "Thing", "properties": {"x": {"type": "string"}}}
                """);
        write(dir, "b.json", """
                {"title": "Thing", "properties": {"y": {"type": "string"}}}
                """);
        List<Diagnostic> diagnostics = diagnostics(dir);
        assertThat(findings(diagnostics)).containsExactly("naming.collision /title");
        assertThat(diagnostics.get(0).file()).isEqualTo("s/b.json");
        assertThat(diagnostics.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(diagnostics.get(0).message()).contains("s/a.json", "com.example.Thing");
        TypeModel model = model(dir);
        assertThat(topLevel(model)).containsExactly("com.example.Thing", "com.example.Thing2");
        assertThat(object(model, "Thing").origin().file()).isEqualTo("a.json");
        assertThat(object(model, "Thing2").origin().file()).isEqualTo("b.json");
    }

    @Test
    void aDefinitionWhoseNameIsTakenIsNumberedWithoutAnError() {
        write(dir, "pet.json", """
                {"type": "object", "properties": {"name": {"type": "string"}}}
                """);
        write(dir, "zoo.json", """
                {"type": "object", "properties": {"star": {"$ref": "#/$defs/Pet"}},
                 "$defs": {"Pet": {"type": "object", "properties": {"species": {"type": "string"}}},
                           "PET": {"type": "object", "properties": {"age": {"type": "integer"}}}}}
                """);
        TypeModel model = model(dir);
        // Pet2.java and PET2.java cannot both live on a case-insensitive file system, so names are claimed
        // ignoring case: PET is taken as Pet, and PET2 as Pet2
        assertThat(topLevel(model)).containsExactly("com.example.PET3", "com.example.Pet", "com.example.Pet2",
                "com.example.Zoo");
        assertThat(object(model, "Pet2").origin()).isEqualTo(new Origin("zoo.json", "/$defs/Pet"));
        assertThat(object(model, "PET3").origin()).isEqualTo(new Origin("zoo.json", "/$defs/PET"));
        assertThat(property(object(model, "Zoo"), "star").type()).isEqualTo(named("Pet2"));
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void theModelIsSortedByCanonicalNameWhateverTheFileOrder() {
        write(dir, "z.json", """
                {"title": "Alpha", "properties": {"a": {"type": "string"}}}
                """);
        write(dir, "a.json", """
                {"title": "Zulu", "properties": {"z": {"type": "string"}}}
                """);
        write(dir, "m/b.json", """
                {"title": "Beta", "properties": {"b": {"type": "string"}}}
                """);
        assertThat(topLevel(model(dir))).containsExactly("com.example.Alpha", "com.example.Zulu", "com.example.m.Beta");
    }
}
