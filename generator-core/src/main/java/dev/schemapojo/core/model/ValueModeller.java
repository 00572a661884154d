package dev.schemapojo.core.model;

import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.keywords.AnnotationKeywords;
import dev.schemapojo.core.keywords.ConstraintKeywords;
import dev.schemapojo.core.load.SchemaLocationRef;
import tools.jackson.databind.JsonNode;

/**
 * Value classes: a file whose root is a value (a string, an array, any JSON) and a union JSON cannot
 * tell apart. The class holds the value as its Java type and checks it as a builder checks a property.
 */
final class ValueModeller {
    private final ModelContext context;
    private final TypeMapping mapping;
    private final TupleModeller tuples;
    private final FixedValues fixedValues;
    private final Unrepresented unrepresented;

    ValueModeller(ModelContext context, TypeMapping mapping, FixedValues fixedValues, Unrepresented unrepresented) {
        this.context = context;
        this.mapping = mapping;
        this.tuples = mapping.tuples();
        this.fixedValues = fixedValues;
        this.unrepresented = unrepresented;
    }

    /** The class of a file whose root is a value; a file that is a closed tuple is the tuple class. */
    TypeDecl rootValue(SchemaLocationRef at, JavaName name) {
        Scope scope = new Scope(name);
        JsonNode declared = at.node().path("type");
        if (TupleModeller.closedPositions(at.node()) != null && !at.node().has("$ref")
                && (declared.isMissingNode() || (declared.isString() && declared.asString().equals("array")))) {
            return tuples.tupleType(at, scope); // a file that is a tuple is the tuple class itself
        }
        TypeRef type = mapping.typeOf(at, name.simpleName(), scope);
        String note = type instanceof TypeRef.Scalar s && s.kind() == ScalarKind.ANY
                ? "a schema file whose value is any JSON, held as Jackson reads it (a String, Number, Boolean, List or Map)."
                : "a schema file whose value is not an object with properties, held as it is in Java. Properties that"
                        + " refer to this file are typed like the value, not as this class.";
        return valueType(at, name, type, note, scope);
    }

    /** A class named {@code name} holding one value of {@code type}, checked by the schema at {@code at}. */
    ValueType valueType(SchemaLocationRef at, JavaName name, TypeRef type, String note, Scope scope) {
        JsonNode schema = at.node();
        Property value = new Property("value", "value", type, true, false, AnnotationKeywords.sensitive(schema), "",
                fixedValues.literal(at, "const", type), null, FixedValues.allowed(schema, type),
                ConstraintKeywords.read(schema, context.options().beanValidation()));
        unrepresented.reportPatternNotJava(at);
        return new ValueType(name, AnnotationKeywords.description(schema), ModelContext.origin(at), value, note, scope.nested);
    }
}
