package dev.schemapojo.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading schema files: malformed JSON, duplicate keys, encodings, roots that are not schemas, and
 * directory links that loop.
 */
class LoaderTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    GenerationResult validate() {
        return new Generator(Schemas.options(src(), dir.resolve("out")).build()).validate();
    }

    @Test
    void malformedJsonGivesLineColumnAndWhatWasExpected() {
        Schemas.write(src(), "comma.json", "{\n  \"type\": \"object\"\n  \"properties\": {}\n}\n");
        Schemas.write(src(), "trailing.json", "{\"type\": \"object\",}");
        Schemas.write(src(), "array.json", "{\"required\": [\"a\" \"b\"]}");
        Schemas.write(src(), "short.json", "{\"properties\": {\"a\": {}");
        Schemas.write(src(), "token.json", "{\"type\": objekt}");
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/array.json:1:19: error: [json.syntax] /required/1: malformed JSON: found '\"' where ',' or ']'"
                        + " was expected; is a comma missing after the previous element?",
                "schemas/comma.json:3:3: error: [json.syntax] /type: malformed JSON: found '\"' where ',' or '}' was"
                        + " expected; is a comma missing after the previous member?",
                "schemas/short.json:1:24: error: [json.syntax] /properties/a: malformed JSON: the file ends before the"
                        + " JSON value is complete; is a '}' or ']' missing?",
                "schemas/token.json:1:10: error: [json.syntax] /type: malformed JSON: found 'objekt' where a JSON value"
                        + " (a string in double quotes, a number, an object, an array, true, false or null) was expected",
                "schemas/trailing.json:1:19: error: [json.syntax] /type: malformed JSON: found '}' where a member name in"
                        + " double quotes was expected (JSON allows no trailing comma before '}' and no unquoted names)");
    }

    @Test
    void aFileThatIsNotJsonIsQuotedOnlyInAShortEscapedExcerpt() {
        Schemas.write(src(), "key.json", "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG\nsecond line\n");
        Schemas.write(src(), "ctl.json", "{\"a\": tru\u0001secretvalue}");
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/ctl.json:1:7: error: [json.syntax] /a: malformed JSON: found 'tru\\u0001secretvalue' where a JSON"
                        + " value (a string in double quotes, a number, an object, an array, true, false or null) was expected",
                "schemas/key.json:1:1: error: [json.syntax] /: malformed JSON: found 'AKIAIOSFODNN7EXA...' where a JSON value"
                        + " (a string in double quotes, a number, an object, an array, true, false or null) was expected");
    }

    @Test
    void linksOutOfTheSourceRootsAreNotReadAndLinksWithinThemAre() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Schemas.write(outside, "id_rsa.json", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n");
        Schemas.write(outside, "other.json", "{\"title\": \"Other\", \"type\": \"object\"}");
        Schemas.write(src(), "sub/in.json", "{\"title\": \"In\", \"type\": \"object\"}");
        Files.createSymbolicLink(src().resolve("key.json"), outside.resolve("id_rsa.json"));
        Files.createSymbolicLink(src().resolve("linked"), outside);
        Files.createSymbolicLink(src().resolve("sub/again.json"), Path.of("in.json"));
        assertThat(Schemas.lines(validate())).containsExactly(
                "schemas/key.json: error: [load.outside-root] /: this file is a link to " + outside.toRealPath().resolve("id_rsa.json")
                        + ", outside the source directory, so it was not read; copy the schema under schemas, or map the"
                        + " directory it is in with a uriMapping",
                "schemas/linked: error: [load.outside-root] /: this directory is a link to " + outside.toRealPath()
                        + ", outside the source directory, so it was not read; copy the schemas under schemas, or map that"
                        + " directory with a uriMapping");
        // a uriMapping makes that directory a root: links into it are read; a link within the root is read (and
        // here collides with its target, which shows that it was)
        Files.delete(src().resolve("key.json"));
        var mapped = new Generator(Schemas.options(src(), dir.resolve("out")).uriMapping("https://example.com/x/", outside)
                .excludes(java.util.List.of("**/id_rsa.json")).build()).validate();
        assertThat(Schemas.lines(mapped)).singleElement().asString().startsWith("schemas/sub/in.json:1:11: error:"
                + " [naming.collision] /title: this schema and schemas/sub/again.json both map to the Java type com.example.sub.In");
    }

    @Test
    void duplicateKeysAreAnError() {
        Schemas.write(src(), "dup.json", "{\n  \"type\": \"object\",\n  \"type\": \"string\"\n}\n");
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/dup.json:3:3: error: [json.duplicate-key] /type: duplicate member \"type\" in one JSON object"
                        + " (first at line 2); JSON parsers silently keep only one of them, so remove or rename the other");
    }

    @Test
    void emptyFileAndNonSchemaRootAreErrors() {
        Schemas.write(src(), "empty.json", "");
        Schemas.write(src(), "list.json", "[1, 2]");
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
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
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/bad.json:2:6: error: [json.encoding] /: the file is not valid UTF-8: byte 0xC3 at offset 7;"
                        + " save it as UTF-8");
    }

    @Test
    void symlinkLoopsInTheSourceTreeEnd() throws Exception {
        Schemas.write(src(), "a/x.json", "{\"title\": \"X\", \"properties\": {\"v\": {}}}");
        Files.createSymbolicLink(src().resolve("a/loop"), src().resolve("a"));
        GenerationResult result = validate();
        assertThat(result.schemaCount()).isEqualTo(1);
        assertThat(Schemas.lines(result)).containsExactly("schemas/a/loop: warning: [load.symlink-loop] /: this directory links"
                + " back to one of its parents; it was read once and the loop skipped");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
