package dev.schemapojo.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.testing.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code lint.unknown-keyword}: what it reports where, what it leaves alone, per draft. */
class UnknownKeywordsTest {
    private static final String RULE = "lint.unknown-keyword";
    private static final String S2020 = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"";
    private static final String S2019 = "\"$schema\": \"https://json-schema.org/draft/2019-09/schema\"";
    private static final String S07 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\"";
    private static final String S06 = "\"$schema\": \"http://json-schema.org/draft-06/schema#\"";
    private static final String S04 = "\"$schema\": \"http://json-schema.org/draft-04/schema#\"";

    @TempDir
    Path dir;

    private List<String> lines(String schema) {
        Schemas.write(dir.resolve("schemas"), "a.json", schema);
        return Schemas.lines(Schemas.validate(dir, FailOn.ERROR)).stream().filter(l -> l.contains("[" + RULE + "]")).toList();
    }

    @Test
    void aMisspeltKeywordIsReportedAtItsNameWithTheClosestKeyword() {
        assertThat(lines("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "properties": {"a": {"type": "string"}},
                  "requried": ["a"]
                }
                """)).containsExactly("schemas/a.json:5:3: warning: [lint.unknown-keyword] /requried: \"requried\" is not a"
                + " keyword of draft 2020-12, so it is ignored; did you mean \"required\"?");
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        assertThat(lines("{" + S2020 + ", \"type\": \"object\", \"colour\": \"red\"}")).containsExactly(
                "schemas/a.json:1:79: warning: [lint.unknown-keyword] /colour: \"colour\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; fix the spelling, or start the name of an extension keyword with \"x-\"");
    }

    @Test
    void suggestionsAllowEditsByLengthCountASwapAsOneAndIgnoreCase() {
        List<String> keywords = List.copyOf(Draft.DRAFT_2020_12.keywords());
        assertThat(UnknownKeywords.closest("propertes", keywords)).isEqualTo("properties");
        assertThat(UnknownKeywords.closest("tpye", keywords)).isEqualTo("type");
        assertThat(UnknownKeywords.closest("ref", keywords)).isEqualTo("$ref");
        assertThat(UnknownKeywords.closest("maxlength", keywords)).isEqualTo("maxLength");
        assertThat(UnknownKeywords.closest("additionalProperty", keywords)).isEqualTo("additionalProperties");
        assertThat(UnknownKeywords.closest("minimun", keywords)).isEqualTo("minimum");
        assertThat(UnknownKeywords.closest("Enum", keywords)).isEqualTo("enum");
        // too far for their length: no guess
        assertThat(UnknownKeywords.closest("foo", keywords)).isNull();
        assertThat(UnknownKeywords.closest("tags", keywords)).isNull();
        assertThat(UnknownKeywords.closest("optional", keywords)).isNull();
        assertThat(UnknownKeywords.closest("of", keywords)).isNull(); // one edit from "if", but two letters are too few
        assertThat(UnknownKeywords.closest("IF", keywords)).isEqualTo("if");
    }

    @Test
    void extensionsAndOpenApiKeywordsAreQuietInEveryDraft() {
        for (String draft : List.of(S2020, S2019, S07, S06, S04)) {
            assertThat(lines("{" + draft + ", \"type\": \"object\", \"x-internal\": true, \"X-Go-Name\": \"A\","
                    + " \"nullable\": true, \"discriminator\": {\"propertyName\": \"kind\"}, \"example\": {\"kind\": \"a\"},"
                    + " \"xml\": {\"name\": \"a\"}, \"externalDocs\": {\"url\": \"https://example.com\"}, \"deprecated\": true,"
                    + " \"readOnly\": false, \"writeOnly\": false, \"$comment\": \"c\", \"examples\": [{}],"
                    + " \"properties\": {\"kind\": {\"type\": \"string\"}}}")).as(draft).isEmpty();
        }
    }

    @Test
    void namesAndValuesAreNotKeywords() {
        assertThat(lines("{" + S2020 + """
                , "type": "object",
                 "properties": {"requried": {"type": "string"}, "tpye": {"type": "string"}},
                 "patternProperties": {"^propertes": {"type": "string"}},
                 "dependentSchemas": {"foo": {"required": ["tpye"]}},
                 "dependentRequired": {"foo": ["bar"]},
                 "$defs": {"Colour": {"type": "string"}},
                 "definitions": {"Shade": {"type": "string"}},
                 "enum": [{"tpye": 1}], "const": {"foo": 1}, "default": {"bar": 2}, "examples": [{"baz": 3}],
                 "example": {"qux": 4}, "x-vendor": {"properties": {"a": {"tpye": "string"}}}}
                """)).isEmpty();
        assertThat(lines("{" + S07 + ", \"type\": \"object\", \"dependencies\": {\"foo\": [\"bar\"], \"bar\": {\"requried\": []}}}"))
                .singleElement().asString().contains("/dependencies/bar/requried:");
    }

    @Test
    void insideAnUnknownKeywordNothingIsReported() {
        assertThat(lines("{" + S2020 + ", \"type\": \"object\", \"colour\": {\"tpye\": \"string\", \"properties\": {}}}"))
                .singleElement().asString().contains("/colour:");
    }

    @Test
    void everySchemaPositionIsCheckedWithItsPointerAndPlace() {
        assertThat(lines("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "items": {"tpye": "string"},
                 "prefixItems": [true, {"minimun": 1}],
                 "allOf": [{}, {"requried": []}], "anyOf": [{"enm": []}], "oneOf": [{"formt": "uri"}],
                 "not": {"patern": "a"},
                 "if": {"properties": {"a": {"cnst": 1}}}, "then": {"titel": "T"}, "else": {"desciption": "D"},
                 "additionalProperties": {"maxLenght": 3},
                 "contains": {"typ": "integer"},
                 "propertyNames": {"maxlength": 3},
                 "unevaluatedProperties": {"$reff": "#"}, "unevaluatedItems": {"uniqueitems": true},
                 "dependentSchemas": {"a": {"minProperty": 1}},
                 "patternProperties": {"^a": {"multipleof": 2}},
                 "$defs": {"D": {"propertyName": {}}},
                 "contentSchema": {"contans": {}}}
                """)).containsExactly(
                "schemas/a.json:2:12: warning: [lint.unknown-keyword] /items/tpye: \"tpye\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; did you mean \"type\"?",
                "schemas/a.json:3:25: warning: [lint.unknown-keyword] /prefixItems/1/minimun: \"minimun\" is not a keyword"
                        + " of draft 2020-12, so it is ignored; did you mean \"minimum\"?",
                "schemas/a.json:4:17: warning: [lint.unknown-keyword] /allOf/1/requried: \"requried\" is not a keyword of"
                        + " draft 2020-12, so it is ignored; did you mean \"required\"?",
                "schemas/a.json:4:46: warning: [lint.unknown-keyword] /anyOf/0/enm: \"enm\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; did you mean \"enum\"?",
                "schemas/a.json:4:70: warning: [lint.unknown-keyword] /oneOf/0/formt: \"formt\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; did you mean \"format\"?",
                "schemas/a.json:5:10: warning: [lint.unknown-keyword] /not/patern: \"patern\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; did you mean \"pattern\"?",
                "schemas/a.json:6:30: warning: [lint.unknown-keyword] /if/properties/a/cnst: \"cnst\" is not a keyword of"
                        + " draft 2020-12, so it is ignored; did you mean \"const\"?",
                "schemas/a.json:6:53: warning: [lint.unknown-keyword] /then/titel: \"titel\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; did you mean \"title\"?",
                "schemas/a.json:6:77: warning: [lint.unknown-keyword] /else/desciption: \"desciption\" is not a keyword of"
                        + " draft 2020-12, so it is ignored; did you mean \"description\"?",
                "schemas/a.json:7:27: warning: [lint.unknown-keyword] /additionalProperties/maxLenght: \"maxLenght\" is not"
                        + " a keyword of draft 2020-12, so it is ignored; did you mean \"maxLength\"?",
                "schemas/a.json:8:15: warning: [lint.unknown-keyword] /contains/typ: \"typ\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; did you mean \"type\"?",
                "schemas/a.json:9:20: warning: [lint.unknown-keyword] /propertyNames/maxlength: \"maxlength\" is not a"
                        + " keyword of draft 2020-12, so it is ignored; did you mean \"maxLength\"?",
                "schemas/a.json:10:28: warning: [lint.unknown-keyword] /unevaluatedProperties/$reff: \"$reff\" is not a"
                        + " keyword of draft 2020-12, so it is ignored; did you mean \"$ref\"?",
                "schemas/a.json:10:64: warning: [lint.unknown-keyword] /unevaluatedItems/uniqueitems: \"uniqueitems\" is"
                        + " not a keyword of draft 2020-12, so it is ignored; did you mean \"uniqueItems\"?",
                "schemas/a.json:11:29: warning: [lint.unknown-keyword] /dependentSchemas/a/minProperty: \"minProperty\" is"
                        + " not a keyword of draft 2020-12, so it is ignored; did you mean \"minProperties\"?",
                "schemas/a.json:12:31: warning: [lint.unknown-keyword] /patternProperties/^a/multipleof: \"multipleof\" is"
                        + " not a keyword of draft 2020-12, so it is ignored; did you mean \"multipleOf\"?",
                "schemas/a.json:13:18: warning: [lint.unknown-keyword] /$defs/D/propertyName: \"propertyName\" is not a"
                        + " keyword of draft 2020-12, so it is ignored; did you mean \"propertyNames\"?",
                "schemas/a.json:14:20: warning: [lint.unknown-keyword] /contentSchema/contans: \"contans\" is not a keyword"
                        + " of draft 2020-12, so it is ignored; did you mean \"contains\"?");
    }

    @Test
    void anUnknownKeywordAReferencePointsIntoIsAContainerWhoseSchemasAreChecked() throws IOException {
        Schemas.write(dir.resolve("schemas"), "b.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "properties": {"pet": {"$ref": "#/components/schemas/Pet"}, "tag": {"$ref": "a.json#/groups/tag"}},
                 "components": {"schemas": {
                   "Pet": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}},
                   "Owner": {"type": "object", "requried": ["name"]}}},
                 "unused": {"type": "string"}}
                """);
        // a container only another file refers into; inside it, one schema refers on within it
        List<String> lines = lines("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "groups": {"tag": {"$ref": "#/groups/name"}, "name": {"type": "string", "maxLenght": 3}}}
                """);
        assertThat(lines).containsExactly(
                "schemas/a.json:2:74: warning: [lint.unknown-keyword] /groups/name/maxLenght: \"maxLenght\" is not a"
                        + " keyword of draft 2020-12, so it is ignored; did you mean \"maxLength\"?",
                "schemas/b.json:5:32: warning: [lint.unknown-keyword] /components/schemas/Owner/requried: \"requried\""
                        + " is not a keyword of draft 2020-12, so it is ignored; did you mean \"required\"?",
                "schemas/b.json:6:2: warning: [lint.unknown-keyword] /unused: \"unused\" is not a keyword of draft"
                        + " 2020-12, so it is ignored; fix the spelling, or start the name of an extension keyword with \"x-\"");
        // a keyword of another draft means what it meant whatever refers into it: still reported
        Files.delete(dir.resolve("schemas/b.json"));
        assertThat(lines("{" + S2020 + ", \"dependencies\": {\"a\": {\"type\": \"object\"}},"
                + " \"properties\": {\"b\": {\"$ref\": \"#/dependencies/a\"}}}")).singleElement().asString()
                .contains("/dependencies: \"dependencies\" is a keyword of drafts 04, 06 and 07");
    }

    @Test
    void eachDraftHasItsOwnKeywords() {
        // each draft's own keywords are quiet in it
        assertThat(lines("{" + S04 + ", \"id\": \"http://example.com/a\", \"type\": \"object\", \"dependencies\": {}}")).isEmpty();
        assertThat(lines("{" + S06 + ", \"$id\": \"http://example.com/a\", \"const\": 1, \"contains\": {},"
                + " \"propertyNames\": {}}")).isEmpty();
        assertThat(lines("{" + S07 + ", \"if\": {}, \"then\": {}, \"else\": {}, \"contentMediaType\": \"text/plain\","
                + " \"contentEncoding\": \"base64\", \"additionalItems\": {}}")).isEmpty();
        assertThat(lines("{" + S2019 + ", \"$anchor\": \"a\", \"$recursiveAnchor\": true, \"$recursiveRef\": \"#\","
                + " \"$vocabulary\": {}, \"unevaluatedItems\": {}, \"dependentRequired\": {}, \"minContains\": 1,"
                + " \"additionalItems\": {}}")).isEmpty();
        assertThat(lines("{" + S2020 + ", \"$dynamicAnchor\": \"a\", \"$dynamicRef\": \"#a\", \"prefixItems\": [],"
                + " \"unevaluatedProperties\": {}, \"maxContains\": 2}")).isEmpty();
    }

    @Test
    void aKeywordOfAnotherDraftNamesTheDraftsAndWhatToUse() {
        assertThat(lines("{" + S07 + ", \"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}]}")).containsExactly(
                "schemas/a.json:1:73: warning: [lint.unknown-keyword] /prefixItems: \"prefixItems\" is a keyword of draft"
                        + " 2020-12, not of draft 07, so validators of draft 07 ignore it; use the array form of \"items\""
                        + " (with \"additionalItems\" for the items after it) instead");
        assertThat(lines("{" + S2020 + ", \"type\": \"object\", \"dependencies\": {\"a\": [\"b\"]}}")).containsExactly(
                "schemas/a.json:1:79: warning: [lint.unknown-keyword] /dependencies: \"dependencies\" is a keyword of"
                        + " drafts 04, 06 and 07, not of draft 2020-12, so validators of draft 2020-12 ignore it; use"
                        + " \"dependentRequired\" (lists of names) and \"dependentSchemas\" (schemas) instead");
        assertThat(lines("{" + S2020 + ", \"id\": \"http://example.com/a\"}")).singleElement().asString().endsWith(
                "/id: \"id\" is a keyword of draft 04, not of draft 2020-12, so validators of draft 2020-12 ignore it;"
                        + " use \"$id\" instead");
        assertThat(lines("{" + S04 + ", \"$id\": \"http://example.com/a\", \"const\": 1}")).containsExactly(
                "schemas/a.json:1:56: warning: [lint.unknown-keyword] /$id: \"$id\" is a keyword of drafts 06, 07, 2019-09"
                        + " and 2020-12, not of draft 04, so validators of draft 04 ignore it; use \"id\" instead",
                "schemas/a.json:1:87: warning: [lint.unknown-keyword] /const: \"const\" is a keyword of drafts 06, 07,"
                        + " 2019-09 and 2020-12, not of draft 04, so validators of draft 04 ignore it; use \"enum\" with the"
                        + " one value instead");
        assertThat(lines("{" + S06 + ", \"if\": {\"required\": [\"a\"]}}")).singleElement().asString().endsWith(
                "/if: \"if\" is a keyword of drafts 07, 2019-09 and 2020-12, not of draft 06, so validators of draft 06"
                        + " ignore it; declare \"$schema\": \"https://json-schema.org/draft/2020-12/schema\" to use it");
        assertThat(lines("{" + S2020 + ", \"$recursiveRef\": \"#\"}")).singleElement().asString()
                .endsWith("use \"$dynamicRef\" instead");
        assertThat(lines("{" + S2019 + ", \"$dynamicRef\": \"#a\", \"prefixItems\": []}")).hasSize(2)
                .first().asString().endsWith("use \"$recursiveRef\" instead");
        assertThat(lines("{" + S07 + ", \"$anchor\": \"a\", \"$dynamicRef\": \"#a\"}")).containsExactly(
                "schemas/a.json:1:56: warning: [lint.unknown-keyword] /$anchor: \"$anchor\" is a keyword of drafts 2019-09"
                        + " and 2020-12, not of draft 07, so validators of draft 07 ignore it; use \"$id\": \"#<name>\" instead",
                "schemas/a.json:1:72: warning: [lint.unknown-keyword] /$dynamicRef: \"$dynamicRef\" is a keyword of draft"
                        + " 2020-12, not of draft 07, so validators of draft 07 ignore it; declare \"$schema\":"
                        + " \"https://json-schema.org/draft/2020-12/schema\" to use it");
        // the subschemas of a keyword of another draft are schemas still (schemapojo reads them) and checked
        assertThat(lines("{" + S07 + ", \"prefixItems\": [{\"tpye\": \"string\"}]}")).hasSize(2)
                .last().asString().contains("/prefixItems/0/tpye:");
    }

    @Test
    void definitionContainersAndOtherDraftsAnnotationsAreQuietEverywhere() {
        assertThat(lines("{" + S07 + ", \"$defs\": {\"A\": {\"type\": \"string\"}}, \"$ref\": \"#/$defs/A\"}")).isEmpty();
        assertThat(lines("{" + S2020 + ", \"definitions\": {\"A\": {\"type\": \"string\"}}, \"$ref\": \"#/definitions/A\"}"))
                .isEmpty();
        assertThat(lines("{" + S04 + ", \"$comment\": \"c\", \"examples\": [1], \"readOnly\": true, \"deprecated\": true,"
                + " \"contentMediaType\": \"text/plain\", \"contentEncoding\": \"base64\", \"contentSchema\": {}}")).isEmpty();
    }

    @Test
    void filesWithoutSchemaAreCheckedByTheDefaultDraft() {
        Schemas.write(dir.resolve("schemas"), "a.json", "{\"type\": \"object\", \"dependencies\": {}}");
        var draft07 = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out")).defaultDraft(Draft.DRAFT_07)
                .build()).validate();
        assertThat(draft07.diagnostics()).isEmpty();
        assertThat(Schemas.validate(dir, FailOn.ERROR).diagnostics()).extracting(Diagnostic::ruleId).containsExactly(RULE);
    }

    @Test
    void theRuleCanBeSwitchedOffOrMadeAnError() {
        Schemas.write(dir.resolve("schemas"), "a.json", "{" + S2020 + ", \"type\": \"object\", \"requried\": []}");
        GenerationResult off = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out"))
                .failOn(FailOn.WARNING).ruleSeverity(RULE, Severity.OFF).build()).validate();
        assertThat(off.diagnostics()).isEmpty();
        assertThat(off.failed()).isFalse();
        GenerationResult error = new Generator(Schemas.options(dir.resolve("schemas"), dir.resolve("out"))
                .ruleSeverity(RULE, Severity.ERROR).build()).generate();
        assertThat(Schemas.lines(error)).containsExactly("schemas/a.json:1:79: error: [lint.unknown-keyword] /requried:"
                + " \"requried\" is not a keyword of draft 2020-12, so it is ignored; did you mean \"required\"?");
        assertThat(error.failed()).isTrue();
        assertThat(error.written()).isFalse();
    }

    /** The keyword sets are those of the drafts' meta-schemas, as networknt ships them. */
    @Test
    void eachDraftsKeywordsAreThoseItsMetaSchemasDefine() throws IOException {
        List<String> vocabularies2019 = List.of("core", "applicator", "validation", "meta-data", "format", "content");
        List<String> vocabularies2020 = List.of("core", "applicator", "unevaluated", "validation", "meta-data",
                "format-annotation", "content");
        assertThat(Draft.DRAFT_04.keywords()).isEqualTo(plus(properties("draft-04/schema"), "$ref"));
        assertThat(Draft.DRAFT_06.keywords()).isEqualTo(properties("draft-06/schema"));
        assertThat(Draft.DRAFT_07.keywords()).isEqualTo(properties("draft-07/schema"));
        assertThat(Draft.DRAFT_2019_09.keywords()).isEqualTo(properties(vocabularies2019.stream()
                .map(v -> "draft/2019-09/meta/" + v).toArray(String[]::new)));
        assertThat(Draft.DRAFT_2020_12.keywords()).isEqualTo(properties(vocabularies2020.stream()
                .map(v -> "draft/2020-12/meta/" + v).toArray(String[]::new)));
        // what the 2019-09 and 2020-12 meta-schemas keep beside their vocabularies is not theirs
        assertThat(properties("draft/2020-12/schema")).containsExactlyInAnyOrder("definitions", "dependencies",
                "$recursiveAnchor", "$recursiveRef");
        assertThat(properties("draft/2019-09/schema")).containsExactlyInAnyOrder("definitions", "dependencies");
    }

    private static Set<String> properties(String... resources) throws IOException {
        Set<String> out = new HashSet<>();
        for (String resource : resources) {
            try (InputStream in = UnknownKeywordsTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                JsonMapper.builder().build().readTree(in).path("properties").propertyNames().forEach(out::add);
            }
        }
        return out;
    }

    private static Set<String> plus(Set<String> set, String extra) {
        Set<String> out = new HashSet<>(set);
        out.add(extra);
        return out;
    }
}
