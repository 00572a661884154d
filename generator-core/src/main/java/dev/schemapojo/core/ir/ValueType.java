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
 * @param alternatives for a union of branches of different JSON kinds (a string or an object, a string
 *     or an array, scalars of several types): each kind and the Java type it is held as, in branch order;
 *     empty for any other value class (the value is held as {@code value}'s type)
 * @param rules with {@code constraints=check}, for a value held as untyped JSON (or plain strings, numbers,
 *     booleans and lists and maps of them): the whole schema as checks of that JSON; else null, and the
 *     value is checked as a property is
 */
public record ValueType(JavaName name, String description, Origin origin, Property value, String note,
        List<Alternative> alternatives, List<TypeDecl> nested, JsonRules rules) implements TypeDecl {
    public ValueType {
        alternatives = List.copyOf(alternatives);
        nested = List.copyOf(nested);
    }

    /** The JSON kinds a union of kinds tells apart by the JSON token. */
    public enum Kind {
        STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT
    }

    /**
     * One branch of a union of kinds: its JSON kind, and the Java type it is held as ({@code String},
     * {@code Long}, {@code Double}, {@code Boolean}, a list, the object branch's class or a map).
     */
    public record Alternative(Kind kind, TypeRef type) {}
}
