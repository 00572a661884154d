package dev.schemapojo.core.load;

import tools.jackson.databind.JsonNode;

/** A schema inside a loaded document: the document and a JSON pointer into it. */
public record SchemaLocationRef(SchemaDocument document, String pointer) {
    public JsonNode node() {
        return pointer.isEmpty() ? document.root() : document.root().at(pointer);
    }

    /** The schema at {@code keyword} under this one, e.g. {@code items}. */
    public SchemaLocationRef child(String keyword) {
        return new SchemaLocationRef(document, JsonPointers.append(pointer, keyword));
    }

    /** The schema at {@code keyword/name} under this one, e.g. {@code properties/id}. */
    public SchemaLocationRef child(String keyword, String name) {
        return new SchemaLocationRef(document, JsonPointers.append(JsonPointers.append(pointer, keyword), name));
    }

    /** The schema at {@code keyword/index} under this one, e.g. {@code allOf/0}. */
    public SchemaLocationRef child(String keyword, int index) {
        return new SchemaLocationRef(document, JsonPointers.append(JsonPointers.append(pointer, keyword), index));
    }
}
