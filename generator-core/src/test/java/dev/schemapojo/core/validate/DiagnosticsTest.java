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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact diagnostic texts, and what fails a run. */
class DiagnosticsTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    GenerationResult validate(FailOn failOn) {
        return new Generator(Schemas.options(src(), dir.resolve("out")).failOn(failOn).build()).validate();
    }

    List<String> lines(GenerationResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void seedIdFragmentIsAWarningAndGenerationProceeds() throws Exception {
        Files.createDirectories(src());
        Files.copy(Schemas.seedDirectory().resolve("stytch-api-b2b-totp-v1-migraterequest-schema.json"),
                src().resolve("seed.json"));
        GenerationResult result = new Generator(Schemas.options(src(), dir.resolve("out")).build()).generate();
        assertThat(lines(result)).containsExactly("schemas/seed.json:3:10: warning: [meta.id-fragment] /$id: $id "
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
        GenerationResult result = validate(FailOn.ERROR);
        assertThat(lines(result)).containsExactly(
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
    void draft07IsValidatedByItsOwnMetaSchema() {
        // "$id" with a fragment is fine in draft 07; "exclusiveMinimum": true is not (it was a number since draft 06).
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "#/x", "type": "object",
                 "properties": {"n": {"type": "number", "exclusiveMinimum": true, "minimum": 1}}}
                """);
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/a.json:2:61: error: [meta.exclusiveMinimum] /properties/n/exclusiveMinimum: true is not valid"
                        + " here under draft 07: boolean found, number expected");
    }

    @Test
    void draft04IsValidatedByItsOwnMetaSchema() {
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                 "properties": {"n": {"type": "number", "exclusiveMinimum": true, "minimum": 1}}}
                """);
        assertThat(validate(FailOn.ERROR).diagnostics()).isEmpty();
    }

    @Test
    void theUnversionedMetaSchemaUriIsReadByTheDefaultDraft() {
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/schema", "type": "object",
                 "properties": {"n": {"type": "number", "exclusiveMinimum": true, "minimum": 1}}}
                """);
        // draft 2020-12 (the default) wants a number there; draft 04 a boolean
        assertThat(lines(validate(FailOn.ERROR))).singleElement().asString().contains("[meta.exclusiveMinimum]");
        var draft04 = new Generator(Schemas.options(src(), dir.resolve("out")).defaultDraft(dev.schemapojo.core.Draft.DRAFT_04)
                .build()).validate();
        assertThat(draft04.diagnostics()).isEmpty();
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
        var result = validate(FailOn.ERROR);
        assertThat(lines(result)).isEmpty();
        var bean = new Generator(Schemas.options(src(), dir.resolve("out")).beanValidation(true).build()).validate();
        assertThat(bean.diagnostics()).extracting(d -> d.ruleId()).containsExactly("model.pattern-not-java");
    }

    @Test
    void filesWithoutSchemaThatNameThemselvesWithIdAreReadAsDraft4() {
        // draft 4's boolean exclusiveMinimum is a meta-schema error in 2020-12, the default draft
        Schemas.write(src(), "number.json", "{\"id\": \"/numberSchema\", \"type\": \"number\", \"minimum\": 0,"
                + " \"exclusiveMinimum\": true}");
        Schemas.write(src(), "order.json", """
                {"id": "/orderSchema", "title": "Order", "type": "object", "properties": {"n": {"$ref": "/numberSchema"}}}
                """);
        var generator = new Generator(Schemas.options(src(), dir.resolve("out")).build());
        assertThat(generator.validate().diagnostics()).isEmpty();
        assertThat(generator.sources().get("com/example/Order.java")).contains("Double getN()");
    }

    @Test
    void aRefToADraft4IdOfAFileThatDeclaresALaterDraftSaysWhatToChange() {
        Schemas.write(src(), "number.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "id": "/numberSchema", "type": "number"}
                """);
        Schemas.write(src(), "order.json", """
                {"id": "/orderSchema", "title": "Order", "type": "object", "properties": {"n": {"$ref": "/numberSchema"}}}
                """);
        assertThat(lines(validate(FailOn.ERROR))).singleElement().asString()
                .contains("[ref.escapes] /properties/n/$ref")
                .endsWith("; schemas/number.json declares \"id\": \"/numberSchema\", but \"id\" names a schema only in"
                        + " draft 04 and that file's \"$schema\" says draft 2020-12: rename \"id\" to \"$id\", or declare"
                        + " \"$schema\": \"http://json-schema.org/draft-04/schema#\"");
    }

    @Test
    void aRelativeRefThatItsIdBaseSendsNowhereResolvesToTheFileBesideIt() {
        Schemas.write(src(), "bom.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://example.com/schema/bom-1.2b.json",
                 "title": "Bom", "type": "object", "properties": {"license": {"$ref": "spdx.SNAPSHOT.json"},
                  "kind": {"$ref": "kinds/kind.json#/definitions/kind"}}}
                """);
        Schemas.write(src(), "spdx.SNAPSHOT.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://example.com/schema/spdx.json",
                 "title": "Spdx", "type": "string", "enum": ["MIT", "Apache-2.0"]}
                """);
        Schemas.write(src(), "kinds/kind.json", """
                {"$id": "http://example.com/other/kind.json", "definitions": {"kind": {"type": "string", "enum": ["app", "lib"]}}}
                """);
        var generator = new Generator(Schemas.options(src(), dir.resolve("out")).build());
        assertThat(lines(generator.validate())).containsExactly(
                "schemas/bom.json:2:71: warning: [ref.by-path] /properties/license/$ref: \"spdx.SNAPSHOT.json\" is resolved"
                        + " by file path to schemas/spdx.SNAPSHOT.json: by its $id base the reference means"
                        + " \"http://example.com/schema/spdx.SNAPSHOT.json\", which no loaded schema declares (that file's"
                        + " $id is \"http://example.com/schema/spdx.json\"); if that is not the schema meant, map the URI"
                        + " with uriMappings",
                "schemas/bom.json:3:20: warning: [ref.by-path] /properties/kind/$ref: \"kinds/kind.json#/definitions/kind\""
                        + " is resolved by file path to schemas/kinds/kind.json: by its $id base the reference means"
                        + " \"http://example.com/schema/kinds/kind.json#/definitions/kind\", which no loaded schema declares"
                        + " (that file's $id is \"http://example.com/other/kind.json\"); if that is not the schema meant,"
                        + " map the URI with uriMappings");
        String bom = generator.sources().get("com/example/Bom.java");
        assertThat(bom).contains("Spdx getLicense()", "Kind getKind()");
    }

    @Test
    void unknownDraftIsAnError() {
        Schemas.write(src(), "a.json", "{\"$schema\": \"https://example.com/my-draft\", \"type\": \"object\"}");
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/a.json:1:13: error: [schema.unknown-draft] /$schema: \"https://example.com/my-draft\" is not a"
                        + " JSON Schema draft schemapojo knows; use one of https://json-schema.org/draft/2020-12/schema,"
                        + " https://json-schema.org/draft/2019-09/schema, http://json-schema.org/draft-07/schema#,"
                        + " http://json-schema.org/draft-06/schema#, http://json-schema.org/draft-04/schema# (or set this"
                        + " rule to warning to read the file as draft 2020-12)");
    }

    @Test
    void malformedJsonGivesLineColumnAndWhatWasExpected() {
        Schemas.write(src(), "comma.json", "{\n  \"type\": \"object\"\n  \"properties\": {}\n}\n");
        Schemas.write(src(), "trailing.json", "{\"type\": \"object\",}");
        Schemas.write(src(), "array.json", "{\"required\": [\"a\" \"b\"]}");
        Schemas.write(src(), "short.json", "{\"properties\": {\"a\": {}");
        Schemas.write(src(), "token.json", "{\"type\": objekt}");
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/array.json:1:19: error: [json.syntax] /required/1: malformed JSON: found '\"' where ',' or ']'"
                        + " was expected; is a comma missing after the previous element?",
                "schemas/comma.json:3:3: error: [json.syntax] /type: malformed JSON: found '\"' where ',' or '}' was"
                        + " expected; is a comma missing after the previous member?",
                "schemas/short.json:1:24: error: [json.syntax] /properties/a: malformed JSON: the file ends before the"
                        + " JSON value is complete; is a '}' or ']' missing?",
                "schemas/token.json:1:10: error: [json.syntax] /type: malformed JSON: Unrecognized token 'objekt': was"
                        + " expecting (JSON String, Number, Array, Object or token 'null', 'true'"
                        + " or 'false')",
                "schemas/trailing.json:1:19: error: [json.syntax] /type: malformed JSON: found '}' where a member name in"
                        + " double quotes was expected (JSON allows no trailing comma before '}' and no unquoted names)");
    }

    @Test
    void duplicateKeysAreAnError() {
        Schemas.write(src(), "dup.json", "{\n  \"type\": \"object\",\n  \"type\": \"string\"\n}\n");
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/dup.json:3:3: error: [json.duplicate-key] /type: duplicate member \"type\" in one JSON object"
                        + " (first at line 2); JSON parsers silently keep only one of them, so remove or rename the other");
    }

    @Test
    void emptyFileAndNonSchemaRootAreErrors() {
        Schemas.write(src(), "empty.json", "");
        Schemas.write(src(), "list.json", "[1, 2]");
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/empty.json:1:1: error: [json.syntax] /: the file is empty; a schema file holds one JSON object"
                        + " (or true/false)",
                "schemas/list.json:1:1: error: [schema.root] /: a schema file must hold a JSON object (or true/false),"
                        + " not an array");
    }

    @Test
    void invalidUtf8IsAnErrorAndABomIsAccepted() throws Exception {
        Files.createDirectories(src());
        Files.write(src().resolve("bad.json"), new byte[] {'{', '\n', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'});
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(src().resolve("bom.json"), concat(bom, "{\"type\": \"object\"}".getBytes()));
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/bad.json:2:6: error: [json.encoding] /: the file is not valid UTF-8: byte 0xC3 at offset 7;"
                        + " save it as UTF-8");
    }

    @Test
    void unresolvableRefsNameTheRefAndSuggest() {
        Schemas.write(src(), "a.json", """
                {"title": "A", "type": "object", "properties": {
                  "b": {"$ref": "#/components/schemas/Bee"},
                  "c": {"$ref": "https://example.com/c.json"},
                  "d": {"$ref": "../../../etc/passwd"}
                }}
                """);
        Schemas.write(src(), "b.json", "{\"$id\": \"#/components/schemas/Be\", \"type\": \"object\", \"properties\": {\"x\": {}}}");
        List<String> lines = lines(validate(FailOn.ERROR));
        assertThat(lines).contains(
                "schemas/a.json:2:17: error: [ref.unresolved] /properties/b/$ref: cannot resolve \"$ref\":"
                        + " \"#/components/schemas/Bee\": nothing in this file is at \"#/components/schemas/Bee\" and no"
                        + " loaded schema has that $id; did you mean \"#/components/schemas/Be\"?",
                "schemas/a.json:3:17: error: [ref.remote] /properties/c/$ref: cannot resolve \"$ref\":"
                        + " \"https://example.com/c.json\": remote references are disabled and no loaded schema has the $id"
                        + " \"https://example.com/c.json\"; put a copy of that schema (with that $id) under the source"
                        + " directory, or map the URI prefix to a local directory with uriMappings (e.g."
                        + " \"https://example.com/=src/main/remote-schemas\")");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(
                "schemas/a.json:4:17: error: [ref.escapes] /properties/d/$ref: cannot resolve \"$ref\":"
                        + " \"../../../etc/passwd\": \"../../../etc/passwd\" points outside the source directory"));
    }

    @Test
    void requiredWithoutPropertyIsAWarning() {
        Schemas.write(src(), "a.json", """
                {"title": "A", "type": "object", "properties": {"x": {"type": "string"}},
                 "required": ["x", "y"]}
                """);
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/a.json:2:20: warning: [lint.required-undefined] /required/1: \"y\" is required but not defined"
                        + " in \"properties\"; add it to \"properties\" or fix the spelling");
    }

    @Test
    void everyDiagnosticIsReportedNotJustTheFirst() {
        Schemas.write(src(), "a.json", "{\"type\": \"objekt\"}");
        Schemas.write(src(), "b.json", "{\"type\": \"strin\"}");
        Schemas.write(src(), "c.json", "{\"type\": ");
        assertThat(validate(FailOn.ERROR).diagnostics()).extracting(Diagnostic::file)
                .containsExactly("schemas/a.json", "schemas/b.json", "schemas/c.json");
    }

    @Test
    void failOnNeverDoesNotFail() {
        Schemas.write(src(), "a.json", "{\"type\": \"objekt\"}");
        assertThat(validate(FailOn.NEVER).failed()).isFalse();
    }

    @Test
    void namingCollisionNamesBothFiles() {
        Schemas.write(src(), "a.json", "{\"title\": \"Thing\", \"properties\": {\"x\": {}}}");
        Schemas.write(src(), "b.json", "{\"title\": \"thing\", \"properties\": {\"y\": {}}}");
        assertThat(lines(validate(FailOn.ERROR))).containsExactly(
                "schemas/b.json:1:11: error: [naming.collision] /title: this schema and schemas/a.json both map to the Java type"
                        + " com.example.Thing (names that differ only in case collide on some file systems); give one of"
                        + " them another title, move it to another sub-directory, or change the naming rule");
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
