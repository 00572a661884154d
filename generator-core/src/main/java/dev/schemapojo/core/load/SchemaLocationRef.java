package dev.schemapojo.core.load;

import tools.jackson.databind.JsonNode;

/** A schema inside a loaded document: the document and a JSON pointer into it. */
public record SchemaLocationRef(SchemaDocument document, String pointer) {
    public JsonNode node() {
        return pointer.isEmpty() ? document.root() : document.root().at(pointer);
    }
}
