package dev.schemapojo.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.testing.Schemas;
import dev.schemapojo.core.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change kinds with their wire and Java verdicts, from pairs of small schema sets. */
class ModelDiffTest {
    @TempDir
    Path dir;

    TypeModel model(String set, Style style) {
        return new Generator(Schemas.options(dir.resolve(set), dir.resolve("out")).style(style).build()).model().orElseThrow();
    }

    List<String> changes(Style style) {
        return ModelDiff.compare(model("old", style), model("new", style)).stream().map(Change::toString).toList();
    }

    @Test
    void eachChangeIsReportedOnceWithItsVerdicts() {
        Schemas.write(dir.resolve("old"), "order.json", """
                {"title": "Order", "type": "object", "required": ["id", "total"], "properties": {
                  "id": {"type": "string"},
                  "total": {"type": "integer", "format": "int32"},
                  "status": {"type": "string", "enum": ["open", "closed"]},
                  "note": {"type": "string"},
                  "count": {"type": "integer"},
                  "tag": {"type": "string"}}}
                """);
        Schemas.write(dir.resolve("old"), "gone.json", "{\"title\": \"Gone\", \"type\": \"object\"}");
        Schemas.write(dir.resolve("new"), "order.json", """
                {"title": "PurchaseOrder", "type": "object", "required": ["id", "customer"], "properties": {
                  "id": {"type": "string"},
                  "total": {"type": "integer", "format": "int64"},
                  "status": {"type": "string", "enum": ["open", "closed", "shipped"]},
                  "count": {"type": "number"},
                  "tag": {"type": "integer"},
                  "customer": {"type": "string"}},
                 "additionalProperties": false}
                """);
        Schemas.write(dir.resolve("new"), "added.json", "{\"title\": \"Added\", \"type\": \"object\"}");
        assertThat(changes(Style.CLASS)).containsExactly(
                "type-added com.example.Added (added.json): - -> com.example.Added [send compatible, read compatible, java source-compatible]",
                "type-renamed com.example.PurchaseOrder (order.json): com.example.Order -> com.example.PurchaseOrder [send compatible, read compatible, java source-breaking]",
                "closed com.example.PurchaseOrder (order.json): open -> closed [send breaking, read compatible, java none]",
                "made-optional com.example.PurchaseOrder.total (order.json): required -> optional [send compatible, read breaking, java none]",
                "format-changed com.example.PurchaseOrder.total (order.json): format: int32 Integer -> format: int64 Long [send compatible, read compatible, java source-breaking]",
                "type-widened com.example.PurchaseOrder.count (order.json): Long -> Double [send compatible, read breaking, java source-breaking]",
                "type-changed com.example.PurchaseOrder.tag (order.json): String -> Long [send breaking, read breaking, java source-breaking]",
                "required-property-added com.example.PurchaseOrder.customer (order.json): - -> String [send breaking, read compatible, java source-compatible]",
                "property-removed com.example.PurchaseOrder.note (order.json): String -> - [send breaking, read compatible, java source-breaking]",
                "enum-value-added com.example.PurchaseOrder.Status (order.json#/properties/status): - -> shipped [send compatible, read breaking, java source-breaking]",
                "type-removed com.example.Gone (gone.json): com.example.Gone -> - [send breaking, read breaking, java source-breaking]");
    }

    @Test
    void recordsAddComponentsToTheirConstructorAndUnionsTheirVariants() {
        Schemas.write(dir.resolve("old"), "point.json", "{\"title\": \"Point\", \"type\": \"object\", \"properties\": {"
                + "\"x\": {\"type\": \"integer\"}, \"y\": {\"type\": \"integer\"}}}");
        Schemas.write(dir.resolve("new"), "point.json", "{\"title\": \"Point\", \"type\": \"object\", \"properties\": {"
                + "\"y\": {\"type\": \"integer\"}, \"x\": {\"type\": \"integer\"}, \"z\": {\"type\": \"integer\"}}}");
        assertThat(changes(Style.RECORD)).containsExactly(
                "property-added com.example.Point.z (point.json): - -> Long [send compatible, read compatible, java source-breaking]",
                "properties-reordered com.example.Point (point.json): x, y -> y, x [send compatible, read compatible, java source-breaking]");
        assertThat(changes(Style.CLASS)).containsExactly(
                "property-added com.example.Point.z (point.json): - -> Long [send compatible, read compatible, java source-compatible]");
    }

    @Test
    void aUnionVariantAddedBreaksReadersAndSwitches() {
        String cat = "{\"title\": \"Cat\", \"type\": \"object\", \"required\": [\"meow\"], \"properties\": {\"meow\": {\"type\": \"string\"}}}";
        String dog = "{\"title\": \"Dog\", \"type\": \"object\", \"required\": [\"bark\"], \"properties\": {\"bark\": {\"type\": \"string\"}}}";
        String fish = "{\"title\": \"Fish\", \"type\": \"object\", \"required\": [\"fins\"], \"properties\": {\"fins\": {\"type\": \"integer\"}}}";
        for (String set : List.of("old", "new")) {
            Schemas.write(dir.resolve(set), "cat.json", cat);
            Schemas.write(dir.resolve(set), "dog.json", dog);
            Schemas.write(dir.resolve(set), "fish.json", fish);
        }
        Schemas.write(dir.resolve("old"), "pet.json", "{\"title\": \"Pet\", \"oneOf\": [{\"$ref\": \"cat.json\"}, {\"$ref\": \"dog.json\"}]}");
        Schemas.write(dir.resolve("new"), "pet.json", "{\"title\": \"Pet\", \"oneOf\": [{\"$ref\": \"cat.json\"}, {\"$ref\": \"dog.json\"},"
                + " {\"$ref\": \"fish.json\"}]}");
        assertThat(changes(Style.CLASS)).containsExactly(
                "union-variant-added com.example.Pet (pet.json): - -> com.example.Fish [send compatible, read breaking, java source-breaking]");
        Schemas.write(dir.resolve("new"), "pet.json", "{\"title\": \"Pet\", \"oneOf\": [{\"$ref\": \"cat.json\"}, {\"$ref\": \"fish.json\"}]}");
        assertThat(changes(Style.CLASS)).containsExactly(
                "union-variant-added com.example.Pet (pet.json): - -> com.example.Fish [send compatible, read breaking, java source-breaking]",
                "union-variant-removed com.example.Pet (pet.json): com.example.Dog -> - [send breaking, read compatible, java source-breaking]");
    }

    @Test
    void theSameSetHasNoChanges() {
        Schemas.write(dir.resolve("old"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
        Schemas.write(dir.resolve("new"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}");
        assertThat(changes(Style.CLASS)).isEmpty();
    }

    @Test
    void theInlineTypesOfAnAddedFileOrMemberAreTheirAddition() {
        Schemas.write(dir.resolve("old"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {"
                + "\"x\": {\"type\": \"string\"}, \"gone\": {\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\"}}}}}");
        Schemas.write(dir.resolve("new"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {"
                + "\"x\": {\"type\": \"object\", \"properties\": {\"y\": {\"type\": \"string\"}}},"
                + "\"address\": {\"type\": \"object\", \"properties\": {\"street\": {\"type\": \"string\"}}}}}");
        Schemas.write(dir.resolve("new"), "b.json", "{\"title\": \"B\", \"type\": \"object\", \"properties\": {"
                + "\"inner\": {\"type\": \"object\", \"properties\": {\"z\": {\"type\": \"string\"}}}}}");
        assertThat(changes(Style.CLASS)).containsExactly(
                "type-changed com.example.A.x (a.json): String -> X [send breaking, read breaking, java source-breaking]",
                "property-added com.example.A.address (a.json): - -> Address [send compatible, read compatible, java source-compatible]",
                "property-removed com.example.A.gone (a.json): Gone -> - [send compatible, read compatible, java source-breaking]",
                "type-added com.example.B (b.json): - -> com.example.B [send compatible, read compatible, java source-compatible]");
    }

    @Test
    void aSchemaIsKnownByItsIdWhereverItsFileMoves() {
        String order = "{\"$id\": \"https://example.com/order.json\", \"title\": \"Order\", \"type\": \"object\","
                + " \"properties\": {\"id\": {\"type\": \"string\"}}}";
        Schemas.write(dir.resolve("old"), "order.json", order);
        Schemas.write(dir.resolve("new"), "orders/order-v1.json", order.replace("\"string\"", "\"integer\""));
        Options current = Schemas.options(dir.resolve("new"), dir.resolve("out")).build();
        Generator.CompatResult result = new Generator(current).compat(current.withSchemas(dir.resolve("old"), Map.of()));
        // a sub-directory is a sub-package: the class moves too, which is a rename of the same schema
        assertThat(result.changes().stream().map(Change::toString)).containsExactly(
                "type-renamed com.example.orders.Order (orders/order-v1.json): com.example.Order -> com.example.orders.Order"
                        + " [send compatible, read compatible, java source-breaking]",
                "type-changed com.example.orders.Order.id (orders/order-v1.json): String -> Long [send breaking, read breaking,"
                        + " java source-breaking]");
    }

    @Test
    void aMapOfAnyJsonAndAnObjectTypeAreWidenedOrNarrowed() {
        Schemas.write(dir.resolve("old"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {"
                + "\"meta\": {\"type\": \"object\", \"additionalProperties\": true}}}");
        Schemas.write(dir.resolve("new"), "a.json", "{\"title\": \"A\", \"type\": \"object\", \"properties\": {"
                + "\"meta\": {\"type\": \"object\", \"required\": [\"k\"], \"properties\": {\"k\": {\"type\": \"string\"}}}}}");
        assertThat(changes(Style.CLASS)).containsExactly(
                "type-narrowed com.example.A.meta (a.json): Map<String, Object> -> Meta [send breaking, read compatible, java source-breaking]");
    }

    @Test
    void dependentRequiredNamesAddedNarrowAndRemovedWiden() {
        String props = "\"properties\": {\"card\": {\"type\": \"string\"}, \"cvc\": {\"type\": \"string\"},"
                + " \"zip\": {\"type\": \"string\"}, \"name\": {\"type\": \"string\"}}";
        Schemas.write(dir.resolve("old"), "pay.json", "{\"title\": \"Pay\", \"type\": \"object\", " + props
                + ", \"dependentRequired\": {\"card\": [\"cvc\"], \"name\": [\"zip\"]}}");
        Schemas.write(dir.resolve("new"), "pay.json", "{\"title\": \"Pay\", \"type\": \"object\", " + props
                + ", \"dependentRequired\": {\"card\": [\"cvc\", \"zip\"]}}");
        assertThat(changes(Style.CLASS)).containsExactly(
                "constraint-tightened com.example.Pay.card (pay.json): dependentRequired: cvc -> dependentRequired: cvc, zip"
                        + " [send breaking, read compatible, java none]",
                "constraint-loosened com.example.Pay.name (pay.json): dependentRequired: zip -> - [send compatible, read breaking, java none]");
    }
}
