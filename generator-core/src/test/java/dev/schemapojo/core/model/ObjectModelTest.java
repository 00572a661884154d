package dev.schemapojo.core.model;

import static dev.schemapojo.core.model.ModelRun.diagnostics;
import static dev.schemapojo.core.model.ModelRun.findings;
import static dev.schemapojo.core.model.ModelRun.jsonNames;
import static dev.schemapojo.core.model.ModelRun.model;
import static dev.schemapojo.core.model.ModelRun.named;
import static dev.schemapojo.core.model.ModelRun.object;
import static dev.schemapojo.core.model.ModelRun.options;
import static dev.schemapojo.core.model.ModelRun.property;
import static dev.schemapojo.core.model.ModelRun.scalar;
import static dev.schemapojo.core.model.ModelRun.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemapojo.core.Style;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.Conditional;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Constraints.Bound;
import dev.schemapojo.core.ir.Constraints.Range;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.ObjectType.Form;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeModel;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object schema as an {@link ObjectType}: its properties with their names, flags, fixed values and
 * constraints, the map of other properties, dependent and conditional required names, and its form.
 */
class ObjectModelTest {
    @TempDir
    Path dir;

    private static Range range(Integer min, Integer max) {
        return new Range(min == null ? null : BigInteger.valueOf(min), max == null ? null : BigInteger.valueOf(max));
    }

    @Test
    void propertiesKeepTheSchemaOrderAndGetLegalDistinctJavaNames() {
        ObjectType names = object(model(dir, "names.json", """
                {"type": "object", "properties": {
                   "zeta": {"type": "string"},
                   "organization_id": {"type": "string"},
                   "URL": {"type": "string"},
                   "class": {"type": "string"},
                   "build": {"type": "string"},
                   "toString": {"type": "string"},
                   "a_b": {"type": "string"},
                   "aB": {"type": "string"},
                   "2fa": {"type": "string"}}}
                """), "Names");
        // schema order, not alphabetical: it is the order of the JSON the class writes
        assertThat(jsonNames(names))
                .containsExactly("zeta", "organization_id", "URL", "class", "build", "toString", "a_b", "aB", "2fa");
        // keywords and the members every generated class has (build(), toString()) take a _, as does the second aB
        assertThat(names.properties()).extracting(Property::javaName)
                .containsExactly("zeta", "organizationId", "url", "class_", "build_", "toString_", "aB", "aB_", "_2fa");
    }

    @Test
    void requiredNullableAndSensitiveAreReadPerProperty() {
        write(dir, "account.json", """
                {"type": "object", "required": ["id", "nickname", "password"], "properties": {
                   "id": {"type": "string"},
                   "nickname": {"type": ["string", "null"]},
                   "password": {"type": "string", "writeOnly": true},
                   "pin": {"type": "string", "format": "password"},
                   "token": {"type": "string"},
                   "note": {"type": "string", "nullable": true, "description": "Free text."}}}
                """);
        ObjectType account = object(model(options(dir).sensitiveProperties(List.of("token"))), "Account");
        assertThat(account.properties()).extracting(Property::jsonName, Property::required, Property::nullable,
                Property::sensitive).containsExactly(
                        tuple("id", true, false, false),
                        tuple("nickname", true, true, false),
                        tuple("password", true, false, true),
                        tuple("pin", false, false, true),
                        tuple("token", false, false, true),
                        tuple("note", false, true, false));
        assertThat(property(account, "note").description()).isEqualTo("Free text.");
        assertThat(property(account, "id").description()).isEmpty();
        // a required nullable property may be null, so build() checks only the others
        assertThat(account.nonNullProperties()).extracting(Property::jsonName).containsExactly("id", "password");
    }

    @Test
    void constAndDefaultAreLiteralsOfThePropertysJavaType() {
        TypeModel model = model(dir, "settings.json", """
                {"type": "object",
                 "$defs": {"Color": {"enum": ["red", "green"]}},
                 "properties": {
                   "mode": {"type": "string", "const": "fast"},
                   "retries": {"type": "integer", "default": 3},
                   "port": {"type": "integer", "format": "int32", "default": 8080},
                   "ratio": {"type": "number", "default": 0.5},
                   "scale": {"type": "number", "const": 2},
                   "verbose": {"type": "boolean", "default": false},
                   "color": {"$ref": "#/$defs/Color", "default": "green"},
                   "size": {"enum": ["s", "m", "l"], "default": "m"}}}
                """);
        ObjectType settings = object(model, "Settings");
        assertThat(property(settings, "mode").constant()).isEqualTo(new Literal.Str("fast"));
        assertThat(property(settings, "mode").defaultValue()).isNull();
        // an optional property with a const starts out as its one valid value
        assertThat(property(settings, "mode").initialValue()).isEqualTo(new Literal.Str("fast"));
        assertThat(property(settings, "retries").defaultValue()).isEqualTo(new Literal.Long(3));
        assertThat(property(settings, "port").defaultValue()).isEqualTo(new Literal.Int(8080));
        assertThat(property(settings, "ratio").defaultValue()).isEqualTo(new Literal.Dbl(0.5));
        // an integral JSON number for a number property is a double, not a long
        assertThat(property(settings, "scale").constant()).isEqualTo(new Literal.Dbl(2.0));
        assertThat(property(settings, "verbose").defaultValue()).isEqualTo(new Literal.Bool(false));
        assertThat(property(settings, "color").type()).isEqualTo(named("Color"));
        assertThat(property(settings, "color").defaultValue()).isEqualTo(new Literal.EnumConstant("green"));
        assertThat(property(settings, "size").type()).isEqualTo(named("Settings", "Size"));
        assertThat(property(settings, "size").defaultValue()).isEqualTo(new Literal.EnumConstant("m"));
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void aDefaultTheJavaTypeCannotHoldIsReportedNotGuessed() {
        ObjectType event = object(model(dir, "event.json", """
                {"type": "object", "properties": {
                   "count": {"type": "integer", "default": "many"},
                   "day": {"type": "string", "format": "date", "default": "2024-01-01"},
                   "color": {"enum": ["red"], "default": "blue"}}}
                """), "Event");
        assertThat(event.properties()).extracting(Property::defaultValue).containsOnlyNulls();
        assertThat(findings(diagnostics(dir))).containsExactly(
                "model.default-not-represented /properties/count/default",
                "model.default-not-represented /properties/day/default",
                "model.default-not-represented /properties/color/default");
    }

    @Test
    void aNonStringEnumIsTheListOfAllowedValuesInThePropertysType() {
        ObjectType levels = object(model(dir, "levels.json", """
                {"type": "object", "properties": {
                   "level": {"type": "integer", "enum": [1, 2, 2, 3]},
                   "small": {"type": "integer", "format": "int32", "enum": [7]},
                   "weight": {"enum": [1, 2.5]},
                   "flag": {"enum": [true]},
                   "status": {"enum": ["on", "off"]}}}
                """), "Levels");
        assertThat(property(levels, "level").allowed())
                .containsExactly(new Literal.Long(1), new Literal.Long(2), new Literal.Long(3));
        assertThat(property(levels, "small").allowed()).containsExactly(new Literal.Int(7));
        // integers beside a fraction make the values numbers
        assertThat(property(levels, "weight").type()).isEqualTo(scalar(ScalarKind.DOUBLE));
        assertThat(property(levels, "weight").allowed()).containsExactly(new Literal.Dbl(1.0), new Literal.Dbl(2.5));
        assertThat(property(levels, "flag").type()).isEqualTo(scalar(ScalarKind.BOOLEAN));
        assertThat(property(levels, "flag").allowed()).containsExactly(new Literal.Bool(true));
        // a string enum is a Java enum, which checks the values itself
        assertThat(property(levels, "status").type()).isEqualTo(named("Levels", "Status"));
        assertThat(property(levels, "status").allowed()).isEmpty();
    }

    @Test
    void validationKeywordsAreTypedConstraints() {
        ObjectType form = object(model(dir, "form.json", """
                {"type": "object", "properties": {
                   "name": {"type": "string", "minLength": 1, "maxLength": 20, "pattern": "^[a-z]+$"},
                   "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 5},
                   "age": {"type": "integer", "minimum": 0, "exclusiveMaximum": 150, "multipleOf": 1},
                   "extras": {"type": "object", "minProperties": 1},
                   "price": {"type": "number", "exclusiveMinimum": 0.5, "maximum": 99.99},
                   "plain": {"type": "string"}}}
                """), "Form");
        Constraints name = property(form, "name").constraints();
        assertThat(name.length()).isEqualTo(range(1, 20));
        assertThat(name.items()).isEqualTo(Range.NONE);
        assertThat(name.pattern()).isEqualTo("^[a-z]+$");
        // without Bean Validation nobody needs to know, so the pattern is not compiled
        assertThat(name.patternIsJava()).isFalse();
        assertThat(name.bounds()).isEmpty();
        assertThat(name.documentation()).isEqualTo("minLength: 1, maxLength: 20, pattern: ^[a-z]+$");

        Constraints tags = property(form, "tags").constraints();
        assertThat(tags.items()).isEqualTo(range(1, 5));
        assertThat(tags.length()).isEqualTo(Range.NONE);
        assertThat(tags.documentation()).isEqualTo("minItems: 1, maxItems: 5");

        Constraints age = property(form, "age").constraints();
        assertThat(age.bounds()).containsExactly(new Bound(new BigDecimal("0"), true, true),
                new Bound(new BigDecimal("150"), false, false));
        assertThat(age.multipleOf()).isEqualTo(new BigDecimal("1"));
        assertThat(age.documentation()).isEqualTo("minimum: 0, exclusiveMaximum: 150, multipleOf: 1");

        assertThat(property(form, "extras").constraints().properties()).isEqualTo(range(1, null));
        // bounds in keyword order: minimum, maximum, exclusiveMinimum, exclusiveMaximum
        assertThat(property(form, "price").constraints().bounds()).containsExactly(
                new Bound(new BigDecimal("99.99"), false, true), new Bound(new BigDecimal("0.5"), true, false));
        assertThat(property(form, "plain").constraints()).isEqualTo(Constraints.NONE);
        assertThat(property(form, "plain").constraints().isEmpty()).isTrue();
    }

    @Test
    void draft4BooleanExclusiveBoundsMakeMinimumAndMaximumExclusive() {
        ObjectType score = object(model(dir, "score.json", """
                {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "properties": {
                   "value": {"type": "number", "minimum": 0, "exclusiveMinimum": true,
                             "maximum": 10, "exclusiveMaximum": false}}}
                """), "Score");
        Constraints value = property(score, "value").constraints();
        assertThat(value.bounds()).containsExactly(new Bound(new BigDecimal("0"), true, false),
                new Bound(new BigDecimal("10"), false, true));
        assertThat(value.documentation()).isEqualTo("minimum: 0, maximum: 10, exclusiveMinimum: true, exclusiveMaximum: false");
    }

    @Test
    void withBeanValidationAPatternIsTestedForJava() {
        write(dir, "codes.json", """
                {"type": "object", "properties": {
                   "plain": {"type": "string", "pattern": "^[A-Z]{3}$"},
                   "ecma": {"type": "string", "pattern": "^(?<first_part>[a-z]+)$"}}}
                """);
        ObjectType codes = object(model(options(dir).beanValidation(true)), "Codes");
        assertThat(property(codes, "plain").constraints().patternIsJava()).isTrue();
        // ECMA-262 allows _ in group names, java.util.regex does not
        assertThat(property(codes, "ecma").constraints().patternIsJava()).isFalse();
        assertThat(findings(diagnostics(options(dir).beanValidation(true))))
                .containsExactly("model.pattern-not-java /properties/ecma/pattern");
    }

    @Test
    void additionalPropertiesAreAMapWithItsValueTypeAndTheRequiredNamesNoPropertyHas() {
        ObjectType bag = object(model(dir, "bag.json", """
                {"type": "object", "required": ["id", "extra"],
                 "properties": {"id": {"type": "string"}, "additionalProperties": {"type": "string"}},
                 "additionalProperties": {"type": "integer"}}
                """), "Bag");
        // the map's name keeps clear of the property that took "additionalProperties"
        assertThat(bag.additional())
                .isEqualTo(new AdditionalProperties("additionalProperties_", scalar(ScalarKind.LONG), List.of("extra")));
        assertThat(bag.additional().type().value()).isEqualTo(scalar(ScalarKind.LONG));
        assertThat(bag.closed()).isFalse();
        assertThat(property(bag, "id").required()).isTrue();
        assertThat(property(bag, "additionalProperties").javaName()).isEqualTo("additionalProperties");
    }

    @Test
    void whatAnObjectKeepsBesideItsPropertiesFollowsItsKeywords() {
        write(dir, "open.json", """
                {"type": "object", "properties": {"a": {}}, "additionalProperties": true}
                """);
        write(dir, "patterned.json", """
                {"type": "object", "properties": {"a": {}}, "patternProperties": {"^x-": {"type": "string"}}}
                """);
        write(dir, "silent.json", """
                {"type": "object", "properties": {"a": {}}}
                """);
        write(dir, "closed.json", """
                {"type": "object", "properties": {"a": {}}, "additionalProperties": false}
                """);
        write(dir, "unevaluated.json", """
                {"allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": false}
                """);
        write(dir, "entries.json", """
                {"type": "object", "properties": {"a": {}},
                 "additionalProperties": {"type": "object", "properties": {"x": {"type": "string"}}}}
                """);
        TypeModel model = model(dir);
        assertThat(object(model, "Open").additional().valueType()).isEqualTo(scalar(ScalarKind.ANY));
        assertThat(object(model, "Patterned").additional().valueType()).isEqualTo(scalar(ScalarKind.STRING));
        // saying nothing keeps nothing: unknown properties are ignored on read
        assertThat(object(model, "Silent").additional()).isNull();
        assertThat(object(model, "Silent").closed()).isFalse();
        assertThat(object(model, "Closed").additional()).isNull();
        assertThat(object(model, "Closed").closed()).isTrue();
        assertThat(object(model, "Unevaluated").closed()).isTrue();
        assertThat(jsonNames(object(model, "Unevaluated"))).containsExactly("a");
        ObjectType entries = object(model, "Entries");
        assertThat(entries.additional().valueType()).isEqualTo(named("Entries", "AdditionalProperty"));
        assertThat(jsonNames(object(model, "Entries", "AdditionalProperty"))).containsExactly("x");
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void dependentRequiredKeepsOnlyNamesOfProperties() {
        ObjectType payment = object(model(dir, "payment.json", """
                {"type": "object",
                 "properties": {"card": {"type": "string"}, "billing": {"type": "string"}, "cvv": {"type": "string"}},
                 "dependentRequired": {"card": ["billing", "cvv", "nowhere"], "nowhere": ["card"], "cvv": []}}
                """), "Payment");
        assertThat(payment.dependentRequired()).containsExactly(entry("card", List.of("billing", "cvv")));
    }

    @Test
    void draft7ArrayDependenciesAreDependentRequired() {
        ObjectType payment = object(model(dir, "payment.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                 "properties": {"card": {"type": "string"}, "billing": {"type": "string"}},
                 "dependencies": {"card": ["billing"], "billing": {"required": ["card"]}}}
                """), "Payment");
        // the schema form is dependentSchemas by another name: not a list of names
        assertThat(payment.dependentRequired()).containsExactly(entry("card", List.of("billing")));
    }

    @Test
    void anIfThatTestsAFixedValueIsAConditionalAndTheBranchesPropertiesAreOptionalProperties() {
        ObjectType payment = object(model(dir, "payment.json", """
                {"type": "object", "required": ["method"],
                 "properties": {"method": {"type": "string"}, "number": {"type": "string"}},
                 "if": {"properties": {"method": {"const": "card"}}, "required": ["method"]},
                 "then": {"required": ["number"]},
                 "else": {"properties": {"iban": {"type": "string"}}, "required": ["iban"]}}
                """), "Payment");
        assertThat(jsonNames(payment)).containsExactly("method", "number", "iban");
        assertThat(property(payment, "iban").required()).isFalse();
        assertThat(payment.conditionals()).containsExactly(new Conditional("method = \"card\"",
                List.of(new Conditional.Test("method", new Literal.Str("card"), true)), List.of("number"), List.of("iban")));
        assertThat(diagnostics(dir)).isEmpty();
    }

    @Test
    void aConditionalTestsAnEnumPropertyByItsConstantAndMayAskForPresence() {
        ObjectType party = object(model(dir, "party.json", """
                {"type": "object",
                 "$defs": {"Kind": {"enum": ["person", "company"]}},
                 "properties": {"kind": {"$ref": "#/$defs/Kind"}, "vat": {"type": "string"}, "name": {"type": "string"}},
                 "if": {"properties": {"kind": {"enum": ["company"]}}, "required": ["vat"]},
                 "then": {"required": ["name", "nowhere"]}}
                """), "Party");
        assertThat(party.conditionals()).containsExactly(new Conditional("kind = \"company\" and vat is present",
                List.of(new Conditional.Test("kind", new Literal.EnumConstant("company"), false),
                        new Conditional.Test("vat", null, true)),
                List.of("name"), List.of()));
    }

    @Test
    void anIfThatTestsMoreThanFixedValuesIsNoConditional() {
        ObjectType order = object(model(dir, "order.json", """
                {"type": "object", "properties": {"total": {"type": "integer"}, "approver": {"type": "string"}},
                 "if": {"properties": {"total": {"minimum": 1000}}},
                 "then": {"required": ["approver"]}}
                """), "Order");
        assertThat(order.conditionals()).isEmpty();
        assertThat(jsonNames(order)).containsExactly("total", "approver");
        assertThat(findings(diagnostics(dir))).containsExactly("model.not-represented /if");
    }

    @Test
    void propertiesThatCannotBeRepresentedAreLeftOutWithAWarning() {
        ObjectType odd = object(model(dir, "odd.json", """
                {"type": "object", "properties": {
                   "kept": {"type": "string"},
                   "never": false,
                   "": {"type": "object", "properties": {"x": {"type": "string"}}}}}
                """), "Odd");
        assertThat(jsonNames(odd)).containsExactly("kept");
        assertThat(findings(diagnostics(dir))).containsExactly("model.false-schema /properties/never",
                "model.empty-property-name /properties/");
    }

    @Test
    void theRecordStyleMakesRecordsExceptOfTypesARecordCannotExpress() {
        write(dir, "plain.json", """
                {"type": "object", "properties": {"inner": {"type": "object", "properties": {"x": {"type": "string"}}}}}
                """);
        write(dir, "closed.json", """
                {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}
                """);
        write(dir, "unique.json", """
                {"type": "object", "properties": {"tags": {"type": "array", "uniqueItems": true, "items": {"type": "string"}}}}
                """);
        TypeModel records = model(options(dir).style(Style.RECORD));
        assertThat(object(records, "Plain").form()).isEqualTo(Form.RECORD);
        assertThat(object(records, "Plain", "Inner").form()).isEqualTo(Form.RECORD);
        assertThat(object(records, "Closed").form()).isEqualTo(Form.CLASS);
        assertThat(object(records, "Unique").form()).isEqualTo(Form.CLASS);
        List<Diagnostic> diagnostics = diagnostics(options(dir).style(Style.RECORD));
        assertThat(findings(diagnostics)).containsExactly("style.record-fallback /", "style.record-fallback /");
        assertThat(diagnostics).extracting(Diagnostic::file).containsExactly("s/closed.json", "s/unique.json");

        TypeModel classes = model(dir);
        assertThat(object(classes, "Plain").form()).isEqualTo(Form.CLASS);
        assertThat(object(classes, "Plain", "Inner").form()).isEqualTo(Form.CLASS);
        assertThat(diagnostics(dir)).isEmpty();
    }
}
