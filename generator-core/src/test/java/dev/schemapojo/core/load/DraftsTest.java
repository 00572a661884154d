package dev.schemapojo.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which draft a file is read by ({@code $schema}, draft 4's {@code id}, {@code defaultDraft}), and that
 * draft's meta-schema and rules applying to it.
 */
class DraftsTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    @Test
    void everyDraftNameTheReadmeShowsParses() {
        // the values the defaultDraft parameter documents, and the spellings people write
        assertThat(List.of("2020-12", "2019-09", "07", "06", "04", "draft-07", "draft7", "7", "draft2019-09", " 2019-09 "))
                .extracting(dev.schemapojo.core.Draft::parse)
                .containsExactly(dev.schemapojo.core.Draft.DRAFT_2020_12, dev.schemapojo.core.Draft.DRAFT_2019_09,
                        dev.schemapojo.core.Draft.DRAFT_07, dev.schemapojo.core.Draft.DRAFT_06,
                        dev.schemapojo.core.Draft.DRAFT_04, dev.schemapojo.core.Draft.DRAFT_07,
                        dev.schemapojo.core.Draft.DRAFT_07, dev.schemapojo.core.Draft.DRAFT_07,
                        dev.schemapojo.core.Draft.DRAFT_2019_09, dev.schemapojo.core.Draft.DRAFT_2019_09);
        for (String bad : List.of("2019", "08", "draft-2021-01", "")) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> dev.schemapojo.core.Draft.parse(bad)).withMessageContaining("unknown draft");
        }
    }

    @Test
    void draft07IsValidatedByItsOwnMetaSchema() {
        // "$id" with a fragment is fine in draft 07; "exclusiveMinimum": true is not (it was a number since draft 06).
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "#/x", "type": "object",
                 "properties": {"n": {"type": "number", "exclusiveMinimum": true, "minimum": 1}}}
                """);
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/a.json:2:61: error: [meta.exclusiveMinimum] /properties/n/exclusiveMinimum: true is not valid"
                        + " here under draft 07: boolean found, number expected");
    }

    @Test
    void draft04IsValidatedByItsOwnMetaSchema() {
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                 "properties": {"n": {"type": "number", "exclusiveMinimum": true, "minimum": 1}}}
                """);
        assertThat(Schemas.validate(dir, FailOn.ERROR).diagnostics()).isEmpty();
    }

    @Test
    void theUnversionedMetaSchemaUriIsReadByTheDefaultDraft() {
        Schemas.write(src(), "a.json", """
                {"$schema": "http://json-schema.org/schema", "type": "object",
                 "properties": {"n": {"type": "number", "exclusiveMinimum": true, "minimum": 1}}}
                """);
        // draft 2020-12 (the default) wants a number there; draft 04 a boolean
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).singleElement().asString().contains("[meta.exclusiveMinimum]");
        var draft04 = new Generator(Schemas.options(src(), dir.resolve("out")).defaultDraft(dev.schemapojo.core.Draft.DRAFT_04)
                .build()).validate();
        assertThat(draft04.diagnostics()).isEmpty();
    }

    @Test
    void unknownDraftIsAnError() {
        Schemas.write(src(), "a.json", "{\"$schema\": \"https://example.com/my-draft\", \"type\": \"object\"}");
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/a.json:1:13: error: [schema.unknown-draft] /$schema: \"https://example.com/my-draft\" is not a"
                        + " JSON Schema draft schemapojo knows; use one of https://json-schema.org/draft/2020-12/schema,"
                        + " https://json-schema.org/draft/2019-09/schema, http://json-schema.org/draft-07/schema#,"
                        + " http://json-schema.org/draft-06/schema#, http://json-schema.org/draft-04/schema# (or set this"
                        + " rule to warning to read the file as draft 2020-12)");
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
        List<String> lines = Schemas.lines(Schemas.validate(dir, FailOn.ERROR));
        // the file itself is told so too, whether or not anything refers to it
        assertThat(lines).hasSize(2).first().isEqualTo("schemas/number.json:1:61: warning: [lint.unknown-keyword] /id:"
                + " \"id\" is a keyword of draft 04, not of draft 2020-12, so validators of draft 2020-12 ignore it;"
                + " use \"$id\" instead");
        assertThat(lines).last().asString()
                .contains("[ref.escapes] /properties/n/$ref")
                .endsWith("; schemas/number.json declares \"id\": \"/numberSchema\", but \"id\" names a schema only in"
                        + " draft 04 and that file's \"$schema\" says draft 2020-12: rename \"id\" to \"$id\", or declare"
                        + " \"$schema\": \"http://json-schema.org/draft-04/schema#\"");
    }
}
