package dev.schemapojo.core.ir;

import java.util.List;

/**
 * A generated type: a class or record for an object schema, an enum for a string enumeration, an
 * interface for a union, a class for a closed tuple and a class around one value.
 */
public sealed interface TypeDecl permits ObjectType, EnumType, UnionType, TupleType, ValueType {
    JavaName name();

    /** The schema's description, or empty. */
    String description();

    /** Where the schema is, for the Javadoc and the file comment. */
    Origin origin();

    /** Types declared inside this one. */
    List<TypeDecl> nested();

    /** This type and all types nested in it. */
    default int typeCount() {
        int count = 1;
        for (TypeDecl n : nested()) {
            count += n.typeCount();
        }
        return count;
    }
}
