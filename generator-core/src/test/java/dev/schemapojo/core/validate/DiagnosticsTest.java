package dev.schemapojo.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.InvalidOptionsException;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact texts of the meta-schema and lint diagnostics, what fails a run ({@code failOn},
 * {@code ruleSeverities}), and option errors. Loading, drafts and resolution are covered under
 * {@code load/}, naming collisions under {@code naming/}.
 */
class DiagnosticsTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    @Test
    void seedIdFragmentIsAWarningAndGenerationProceeds() throws Exception {
        Files.createDirectories(src());
        Files.copy(Schemas.seedDirectory().resolve("stytch-api-b2b-totp-v1-migraterequest-schema.json"),
                src().resolve("seed.json"));
        GenerationResult result = new Generator(Schemas.options(src(), dir.resolve("out")).build()).generate();
        assertThat(Schemas.lines(result)).containsExactly("schemas/seed.json:3:10: warning: [meta.id-fragment] /$id: $id "
                + "\"#/components/schemas/api_b2b_totp_v1_MigrateRequest\" has a non-empty fragment, which the draft"
                + " 2020-12 meta-schema forbids ($id must match ^[^#]*#?$); schemapojo still resolves"
                + " \"$ref\": \"#/components/schemas/api_b2b_totp_v1_MigrateRequest\" to this file, as OpenAPI-extracted"
                + " schema sets expect. Fix: publish $id without the fragment, or set ruleSeverities meta.id-fragment to off");
        assertThat(result.failed()).isFalse();
        assertThat(result.written()).isTrue();
        assertThat(dir.resolve("out/com/example/ApiB2bTotpV1MigrateRequest.java")).exists();
        assertThat(result.summary()).matches("schemapojo: 1 schema -> 1 type in \\d+ ms \\(0 errors, 1 warning\\)");
    }

    @Test
    void failOnWarningFailsOnTheSeedAndWritesNothing() throws Exception {
        Files.createDirectories(src());
        Files.copy(Schemas.seedDirectory().resolve("stytch-api-b2b-totp-v1-migraterequest-schema.json"),
                src().resolve("seed.json"));
        GenerationResult result = new Generator(Schemas.options(src(), dir.resolve("out"))
                .failOn(FailOn.WARNING).build()).generate();
        assertThat(result.failed()).isTrue();
        assertThat(result.written()).isFalse();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void ruleSeverityOffSilencesTheIdFragmentWarning() throws Exception {
        Files.createDirectories(src());
        Files.copy(Schemas.seedDirectory().resolve("stytch-api-b2b-totp-v1-migraterequest-schema.json"),
                src().resolve("seed.json"));
        GenerationResult result = new Generator(Schemas.options(src(), dir.resolve("out"))
                .failOn(FailOn.WARNING).ruleSeverity("meta.id-fragment", Severity.OFF).build()).generate();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.failed()).isFalse();
    }

    @Test
    void unknownTypeNamesTheLineColumnPointerAndFix() {
        Schemas.write(src(), "person.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Person",
                  "type": "object",
                  "properties": {
                    "name": { "type": "objekt" },
                    "age": { "type": "integer", "minimum": "zero" }
                  },
                  "required": "name"
                }
                """);
        GenerationResult result = Schemas.validate(dir, FailOn.ERROR);
        assertThat(Schemas.lines(result)).containsExactly(
                "schemas/person.json:6:23: error: [meta.type] /properties/name/type: \"objekt\" is not a JSON Schema"
                        + " type; use one of array, boolean, integer, null, number, object, string (did you mean \"object\"?)",
                "schemas/person.json:7:44: error: [meta.minimum] /properties/age/minimum: \"zero\" is not valid here"
                        + " under draft 2020-12: string found, number expected",
                "schemas/person.json:9:15: error: [meta.required] /required: \"name\" is not valid here under draft"
                        + " 2020-12: string found, array expected");
        assertThat(result.failed()).isTrue();
        assertThat(result.summary()).endsWith("(3 errors, 0 warnings)");
    }

    @Test
    void formatIsNotAssertedInsideSchemas() {
        // an ECMA-262 pattern java.util.regex rejects (a literal "{"), and a generated $ref name with "<", "|", ">"
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "A", "type": "object",
                 "properties": {"align": {"type": "string", "pattern": "^(Begin|End)$|^{[a-z]+}$"},
                                "pair": {"$ref": "#/definitions/Pair<(A|null)>"}},
                 "definitions": {"Pair<(A|null)>": {"type": "object", "properties": {"x": {"type": "string"}}}}}
                """);
        var result = Schemas.validate(dir, FailOn.ERROR);
        assertThat(Schemas.lines(result)).isEmpty();
        var bean = new Generator(Schemas.options(src(), dir.resolve("out")).beanValidation(true).build()).validate();
        assertThat(bean.diagnostics()).extracting(d -> d.ruleId()).containsExactly("model.pattern-not-java");
    }

    @Test
    void requiredWithoutPropertyIsAWarning() {
        Schemas.write(src(), "a.json", """
                {"title": "A", "type": "object", "properties": {"x": {"type": "string"}},
                 "required": ["x", "y"]}
                """);
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/a.json:2:20: warning: [lint.required-undefined] /required/1: \"y\" is required but not defined"
                        + " in \"properties\"; add it to \"properties\" or fix the spelling");
    }

    @Test
    void everyDiagnosticIsReportedNotJustTheFirst() {
        Schemas.write(src(), "a.json", "{\"type\": \"objekt\"}");
        Schemas.write(src(), "b.json", "{\"type\": \"strin\"}");
        Schemas.write(src(), "c.json", "{\"type\": ");
        assertThat(Schemas.validate(dir, FailOn.ERROR).diagnostics()).extracting(Diagnostic::file)
                .containsExactly("schemas/a.json", "schemas/b.json", "schemas/c.json");
    }

    @Test
    void failOnNeverDoesNotFail() {
        Schemas.write(src(), "a.json", "{\"type\": \"objekt\"}");
        assertThat(Schemas.validate(dir, FailOn.NEVER).failed()).isFalse();
    }

    @Test
    void twoFilesWithOneIdAreAnErrorNamingBoth() {
        Schemas.write(src(), "a.json", "{\n  \"$id\": \"https://example.com/p.json\",\n  \"type\": \"object\"\n}");
        Schemas.write(src(), "b.json", "{\n  \"$id\": \"https://example.com/p.json\",\n  \"type\": \"string\"\n}");
        Schemas.write(src(), "c.json", "{\"$id\": \"#/components/schemas/C\", \"type\": \"object\"}");
        Schemas.write(src(), "d.json", "{\"$id\": \"#/components/schemas/C\", \"type\": \"object\"}");
        Schemas.write(src(), "e.json", "{\"$id\": \"#/components/schemas/E\", \"type\": \"object\"}");
        GenerationResult result = Schemas.validate(dir, FailOn.ERROR);
        assertThat(result.failed()).isTrue();
        assertThat(Schemas.lines(result).stream().filter(l -> l.contains("[ref.duplicate-id]"))).containsExactly(
                "schemas/b.json:2:10: error: [ref.duplicate-id] /$id: $id \"https://example.com/p.json\" is also the $id of"
                        + " schemas/a.json:2:10, so a $ref to it could mean either file; give each schema its own $id",
                "schemas/d.json:1:9: error: [ref.duplicate-id] /$id: $id \"#/components/schemas/C\" is also the $id of"
                        + " schemas/c.json:1:9, so a $ref to it could mean either file; give each schema its own $id");
    }

    @Test
    void aDiscriminatorMappingToNoSchemaIsAnErrorNamingBoth() {
        Schemas.write(src(), "dog.json", "{\"title\": \"Dog\", \"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"dog\"}},"
                + " \"required\": [\"kind\"]}");
        Schemas.write(src(), "pet.json", """
                {"title": "Pet", "oneOf": [{"$ref": "dog.json"}, {"$ref": "#/$defs/Cat"}],
                 "discriminator": {"propertyName": "kind", "mapping": {
                   "dog": "dog.json", "cat": "#/$defs/Cat", "Dog": "Dog",
                   "bird": "bird.json",
                   "fish": "#/$defs/Fish"}},
                 "$defs": {"Cat": {"type": "object", "properties": {"kind": {"const": "cat"}}, "required": ["kind"]}}}
                """);
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/pet.json:4:12: error: [ref.discriminator-mapping] /discriminator/mapping/bird: the discriminator"
                        + " value \"bird\" is mapped to \"bird.json\", which cannot be resolved: no loaded schema file is at"
                        + " bird.json (is it missing, or left out by includes/excludes?); point the entry at one of the"
                        + " schemas of the oneOf, or remove it",
                "schemas/pet.json:5:12: error: [ref.discriminator-mapping] /discriminator/mapping/fish: the discriminator"
                        + " value \"fish\" is mapped to \"#/$defs/Fish\", which cannot be resolved: nothing in this file is at"
                        + " \"#/$defs/Fish\" and no loaded schema has that $id; point the entry at one of the schemas of the"
                        + " oneOf, or remove it");
    }

    @Test
    void badOptionsAreReportedClearly() {
        assertThatThrownBy(() -> new Generator(Schemas.options(dir.resolve("missing"), dir.resolve("out")).build()).validate())
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new Generator(Schemas.options(dir, dir.resolve("out")).packageName("com.class").build()).validate())
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("packageName 'com.class' is not a valid Java package name (dot-separated identifiers, none of"
                        + " them a Java keyword)");
    }
}
