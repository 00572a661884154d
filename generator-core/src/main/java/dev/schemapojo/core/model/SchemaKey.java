package dev.schemapojo.core.model;

import dev.schemapojo.core.load.SchemaLocationRef;

/** A schema inside the set, by value: the document's {@link dev.schemapojo.core.load.SchemaDocument#key()} and a pointer. */
record SchemaKey(String path, String pointer) {
    static SchemaKey of(SchemaLocationRef at) {
        return new SchemaKey(at.document().key(), at.pointer());
    }
}
