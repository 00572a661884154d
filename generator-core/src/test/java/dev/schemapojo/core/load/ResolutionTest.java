package dev.schemapojo.core.load;

import static dev.schemapojo.core.testing.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.GenerationResult;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.testing.InMemoryCompiler;
import dev.schemapojo.core.testing.Schemas;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolving references: those that lead nowhere, off the machine, out of the source tree, or round in
 * circles; {@code uriMappings}, resolution by file path, and percent-encoded fragments. What a resolved
 * reference becomes in generated code is covered by {@code endtoend.ReferencesTest}.
 */
class ResolutionTest {
    @TempDir
    Path dir;

    Path src() {
        return dir.resolve("schemas");
    }

    GenerationResult validate() {
        return new Generator(Schemas.options(src(), dir.resolve("out")).build()).validate();
    }

    @Test
    void remoteRefIsAnErrorAndNoConnectionIsAttempted() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (var socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening until the test closes the socket
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            listener.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Schemas.write(src(), "a.json", "{\"$id\": \"" + base + "/a.json\", \"title\": \"A\", \"properties\": {"
                    + "\"b\": {\"$ref\": \"" + base + "/b.json\"}, \"c\": {\"$ref\": \"b.json#/x\"}}}");
            List<String> lines = Schemas.lines(validate());
            new Generator(Schemas.options(src(), dir.resolve("out")).failOn(FailOn.NEVER).build()).generate();
            Thread.sleep(300);
            server.close();
            listener.join();
            assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("error: [ref.remote]")
                    .contains("remote references are disabled"));
            assertThat(connections.get()).as("connections to the schema's host").isZero();
        }
    }

    @Test
    void uriMappingReadsRemoteRefsFromALocalDirectory() {
        Schemas.write(src(), "a.json", """
                {"title": "A", "properties": {"money": {"$ref": "https://example.com/schemas/common/money.json"}},
                 "required": ["money"]}
                """);
        Path remote = dir.resolve("remote");
        Schemas.write(remote, "common/money.json", """
                {"title": "Money", "properties": {"amount": {"type": "number"}}, "required": ["amount"]}
                """);
        Generator generator = new Generator(Schemas.options(src(), dir.resolve("out"))
                .uriMapping("https://example.com/schemas/", remote).build());
        assertThat(generator.validate().diagnostics()).isEmpty();
        Map<String, String> sources = generator.sources();
        assertThat(sources).containsOnlyKeys("com/example/A.java", "com/example/common/Money.java");
        Class<?> a = InMemoryCompiler.compile(sources, dir.resolve("javac")).load("com.example.A");
        Object read = JsonMapper.builder().build().readValue("{\"money\": {\"amount\": 2.5}}", a);
        assertThat(call(call(read, "getMoney"), "getAmount")).isEqualTo(2.5);
    }

    @Test
    void refsThatEscapeTheSourceDirectoryAreErrors() throws Exception {
        Files.writeString(Files.createDirectories(dir).resolve("secret.json"), "{\"type\": \"string\"}");
        Schemas.write(src(), "sub/a.json", """
                {"title": "A", "properties": {
                  "p": {"$ref": "../../../../../../../etc/passwd"},
                  "s": {"$ref": "../../secret.json"},
                  "f": {"$ref": "file:///etc/hosts"}}}
                """);
        List<String> lines = Schemas.lines(validate());
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).contains("error: [ref.escapes]")
                .contains("points outside the source directory"));
    }

    @Test
    void refCyclesWithoutATypeAreErrorsNamingTheCycle() {
        Schemas.write(src(), "self.json", "{\"$ref\": \"#\"}");
        Schemas.write(src(), "a.json", "{\"$ref\": \"b.json\"}");
        Schemas.write(src(), "b.json", "{\"$ref\": \"a.json\"}");
        Schemas.write(src(), "c.json", "{\"title\": \"C\", \"properties\": {\"x\": {\"$ref\": \"#/$defs/p\"}},"
                + " \"$defs\": {\"p\": {\"$ref\": \"#/$defs/q\"}, \"q\": {\"$ref\": \"#/$defs/p\"}}}");
        assertThat(Schemas.lines(validate())).containsExactly(
                "schemas/a.json:1:10: error: [ref.cycle] /$ref: this \"$ref\" starts a cycle that never reaches a type:"
                        + " schemas/a.json# -> schemas/b.json# -> schemas/a.json#; one of these schemas must describe a"
                        + " value (\"type\", \"properties\", ...) instead of only referring on",
                "schemas/c.json:1:84: error: [ref.cycle] /$defs/p/$ref: this \"$ref\" starts a cycle that never reaches"
                        + " a type: schemas/c.json#/$defs/p -> schemas/c.json#/$defs/q -> schemas/c.json#/$defs/p; one of"
                        + " these schemas must describe a value (\"type\", \"properties\", ...) instead of only referring on",
                "schemas/self.json:1:10: error: [ref.cycle] /$ref: this \"$ref\" starts a cycle that never reaches a"
                        + " type: schemas/self.json# -> schemas/self.json#; one of these schemas must describe a value"
                        + " (\"type\", \"properties\", ...) instead of only referring on");
        // failOn=never still ends, with code that compiles
        Map<String, String> sources = new Generator(Schemas.options(src(), dir.resolve("out")).failOn(FailOn.NEVER).build()).sources();
        InMemoryCompiler.compile(sources, dir.resolve("javac"));
    }

    @Test
    void aRefToADraftsMetaSchemaIsAWarningAndTheValueAnyJson() {
        Schemas.write(src(), "rule.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Rule", "type": "object",
                 "properties": {"schema": {"$ref": "https://json-schema.org/draft/2020-12/schema"},
                                "old": {"$ref": "http://json-schema.org/draft-07/schema#"}}}
                """);
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).containsExactly(
                "schemas/rule.json:2:36: warning: [ref.meta-schema] /properties/schema/$ref:"
                        + " \"https://json-schema.org/draft/2020-12/schema\" is the meta-schema of draft 2020-12: a value"
                        + " that is a JSON Schema itself is held as any JSON (java.lang.Object); to type it, put a copy of"
                        + " the meta-schema under the source directory",
                "schemas/rule.json:3:33: warning: [ref.meta-schema] /properties/old/$ref:"
                        + " \"http://json-schema.org/draft-07/schema#\" is the meta-schema of draft 07: a value"
                        + " that is a JSON Schema itself is held as any JSON (java.lang.Object); to type it, put a copy of"
                        + " the meta-schema under the source directory");
        Map<String, String> sources = new Generator(Schemas.options(src(), dir.resolve("out")).build()).sources();
        assertThat(sources.get("com/example/Rule.java")).contains("Object getSchema()", "Object getOld()");
    }

    @Test
    void anIdWithAnEmptyPathAndOneWithASlashAreTheSameResource() {
        // OpenRPC refers to "https://meta.json-schema.tools"; the schema it means says "$id": "https://meta.json-schema.tools/"
        Schemas.write(src(), "meta.json", """
                {"$id": "https://meta.example.org/", "title": "Meta", "type": "object", "properties": {"a": {"type": "string"}}}
                """);
        Schemas.write(src(), "doc.json", """
                {"title": "Doc", "type": "object", "properties": {"schema": {"$ref": "https://meta.example.org"},
                  "again": {"$ref": "https://META.example.org/#"}}}
                """);
        assertThat(Schemas.lines(Schemas.validate(dir, FailOn.ERROR))).isEmpty();
        Map<String, String> sources = new Generator(Schemas.options(src(), dir.resolve("out")).build()).sources();
        assertThat(sources.get("com/example/Doc.java")).contains("Meta getSchema()");
    }

    @Test
    void anchorsInsideAnEmbeddedResourceResolveInThatResource() {
        Schemas.write(src(), "bundle.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/root",
                 "title": "Root", "type": "object", "properties": {
                   "byUri": {"$ref": "https://example.com/list#item"},
                   "list": {"$ref": "list"}},
                 "$defs": {
                   "list": {"$id": "list", "type": "array", "items": {"$dynamicRef": "#item"},
                            "$defs": {"item": {"$dynamicAnchor": "item", "$anchor": "item", "type": "string"}}},
                   "other": {"$id": "other", "$defs": {"x": {"$anchor": "item", "type": "integer"}}}}}
                """);
        assertThat(Schemas.lines(validate())).isEmpty();
        Map<String, String> sources = new Generator(Schemas.options(src(), dir.resolve("out")).build()).sources();
        // "#item" inside "list" is list's anchor, not the one of the resource "other"
        assertThat(sources.get("com/example/Root.java")).contains("String getByUri()", "List<String> getList()");
    }

    @Test
    void aRefToAnAnchorMissingFromAnEmbeddedResourceSaysWhichResource() {
        Schemas.write(src(), "bundle.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/root",
                 "title": "Root", "type": "object", "properties": {"a": {"$ref": "https://example.com/list#nope"}},
                 "$defs": {"list": {"$id": "list", "type": "array"}}}
                """);
        assertThat(Schemas.lines(validate())).containsExactly(
                "schemas/bundle.json:2:66: error: [ref.unresolved] /properties/a/$ref: cannot resolve \"$ref\":"
                        + " \"https://example.com/list#nope\": no $anchor or $dynamicAnchor \"nope\" in the resource"
                        + " \"https://example.com/list\" (embedded in schemas/bundle.json)");
    }

    @Test
    void unresolvableDynamicAndRecursiveRefsAreErrorsLikeRef() {
        Schemas.write(src(), "tree.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Tree", "type": "object",
                 "properties": {"kids": {"type": "array", "items": {"$dynamicRef": "#nod"}}},
                 "$defs": {"n": {"$dynamicAnchor": "node", "type": "object"}}}
                """);
        Schemas.write(src(), "old.json", """
                {"$schema": "https://json-schema.org/draft/2019-09/schema", "title": "Old", "type": "object",
                 "properties": {"next": {"$recursiveRef": "other.json"}, "both": {"$ref": "#", "$dynamicRef": "#x"}}}
                """);
        List<String> lines = Schemas.lines(Schemas.validate(dir, FailOn.ERROR));
        assertThat(lines).filteredOn(l -> l.contains("[ref.")).containsExactly(
                "schemas/old.json:2:43: error: [ref.unresolved] /properties/next/$recursiveRef: cannot resolve"
                        + " \"$recursiveRef\": \"other.json\": no loaded schema file is at other.json (is it missing, or"
                        + " left out by includes/excludes?)",
                "schemas/old.json:2:95: error: [ref.unresolved] /properties/both/$dynamicRef: cannot resolve"
                        + " \"$dynamicRef\": \"#x\": nothing in this file is at \"#x\" and no loaded schema has that $id",
                "schemas/tree.json:2:68: error: [ref.unresolved] /properties/kids/items/$dynamicRef: cannot resolve"
                        + " \"$dynamicRef\": \"#nod\": nothing in this file is at \"#nod\" and no loaded schema has that $id");
    }

    @Test
    void aDynamicRefCycleWithoutATypeIsAnError() {
        Schemas.write(src(), "loop.json", """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$dynamicAnchor": "self",
                 "$dynamicRef": "#self"}
                """);
        assertThat(Schemas.lines(validate())).contains(
                "schemas/loop.json:2:17: error: [ref.cycle] /$dynamicRef: this \"$dynamicRef\" starts a cycle that"
                        + " never reaches a type: schemas/loop.json# -> schemas/loop.json#; one of these schemas must"
                        + " describe a value (\"type\", \"properties\", ...) instead of only referring on");
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
        List<String> lines = Schemas.lines(Schemas.validate(dir, FailOn.ERROR));
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
        assertThat(Schemas.lines(generator.validate())).containsExactly(
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
    void fragmentsArePercentDecoded() {
        // found by the fuzz test: "#/properties/a%20b" names the property "a b"
        Schemas.write(src(), "a.json", """
                {"title": "A", "properties": {"a b": {"type": "string"}, "ä": {"type": "integer"},
                  "x": {"$ref": "#/properties/a%20b"}, "y": {"$ref": "#/properties/%C3%A4"}}}
                """);
        assertThat(validate().diagnostics()).isEmpty();
    }

    @Test
    void malformedPercentEscapesInAFragmentAreUnresolvedNotACrash() {
        // found by the brief fuzz session in the build: "#%on" made URLDecoder throw
        Schemas.write(src(), "a.json", "{\"title\": \"A\", \"properties\": {\"x\": {\"$ref\": \"#%on\"}}}");
        assertThat(Schemas.lines(validate())).singleElement().asString()
                .startsWith("schemas/a.json:1:45: error: [ref.unresolved] /properties/x/$ref: cannot resolve \"$ref\": \"#%on\": nothing in this file is at \"#%on\"");
    }
}
