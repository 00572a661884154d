package dev.schemapojo.core.ir;

import java.util.List;

/**
 * A class around one JSON value that is not an object with properties: a schema file whose root is a
 * string, number, array or any value, and the fallback for a union whose variants are no classes or
 * cannot be told apart. Jackson reads and writes the value itself, not an object around it.
 *
 * @param value the held value, as a required property named {@code value}: its Java type, its
 *     {@code const}, non-string {@code enum} and validation keywords
 * @param note what the value is and why it has a class of its own, a sentence for the Javadoc
 */
public record ValueType(JavaName name, String description, Origin origin, Property value, String note,
        List<TypeDecl> nested) implements TypeDecl {
    public ValueType {
        nested = List.copyOf(nested);
    }
}
