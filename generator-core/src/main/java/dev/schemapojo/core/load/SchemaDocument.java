package dev.schemapojo.core.load;

import dev.schemapojo.core.Draft;
import dev.schemapojo.core.diagnostics.Diagnostic;
import dev.schemapojo.core.diagnostics.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One loaded schema file.
 *
 * @param file absolute path
 * @param relativePath path below the source directory with {@code /} separators, e.g. {@code sub/x.json}
 * @param displayPath the path shown in diagnostics
 * @param json the parsed document with source locations
 * @param draft the draft the document is read by
 * @param retrievalUri the file URI, or the URI under a mapped prefix for files of a mapped directory
 * @param baseUri the document's base URI: its absolute {@code $id} where it has one, else {@code retrievalUri}
 */
public record SchemaDocument(
        Path file, String relativePath, String displayPath, ParsedJson json, Draft draft, URI retrievalUri, URI baseUri) {

    /** The URI the file is known by without its {@code $id}: its file URI, or its URI under a mapped prefix. */
    public URI fileUriOrMapped() {
        return retrievalUri;
    }

    public JsonNode root() {
        return json.root();
    }

    /** Identifies the document within a run: its absolute path (relative paths repeat across source roots). */
    public String key() {
        return file.toString();
    }

    /** Sub-directories below the source directory, e.g. {@code [sub]} for {@code sub/x.json}. */
    public List<String> directories() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? List.of() : List.of(relativePath.substring(0, slash).split("/"));
    }

    /** The file name without its extension. */
    public String baseName() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A diagnostic located at the value that {@code pointer} names. */
    public Diagnostic diagnostic(Severity severity, String ruleId, String pointer, String message) {
        SourceLocation loc = json.locate(pointer);
        return new Diagnostic(displayPath, loc.line(), loc.column(), severity, ruleId, pointer, message);
    }

    /** A diagnostic located at the member name that {@code pointer} names. */
    public Diagnostic diagnosticAtKey(Severity severity, String ruleId, String pointer, String message) {
        SourceLocation loc = json.locateKey(pointer);
        return new Diagnostic(displayPath, loc.line(), loc.column(), severity, ruleId, pointer, message);
    }
}
