package dev.schemapojo.core.model;

import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.keywords.AnnotationKeywords;
import dev.schemapojo.core.keywords.CombinatorKeywords;
import dev.schemapojo.core.keywords.TypeKeywords;
import dev.schemapojo.core.load.SchemaLocationRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
        return valueType(at, name, type, note, List.of(), scope);
    }

    /** The same, for a union of kinds: the value is one of {@code alternatives}. */
    ValueType valueType(SchemaLocationRef at, JavaName name, TypeRef type, String note,
            List<ValueType.Alternative> alternatives, Scope scope) {
        JsonNode schema = at.node();
        Property value = new Property("value", "value", type, true, false, AnnotationKeywords.sensitive(schema), "",
                fixedValues.literal(at, "const", type), null, FixedValues.allowed(schema, type),
                alternatives.isEmpty() ? context.constraints(at, type) : context.constraints(at));
        unrepresented.reportPatternNotJava(at);
        return new ValueType(name, AnnotationKeywords.description(schema), ModelContext.origin(at), value, note,
                alternatives, scope.nested, value.constraints().rules());
    }

    /**
     * Whether a value of this type is JSON as Jackson reads it into {@code Object}: any JSON, a string, a
     * number, a boolean, or a list or map of such values (no generated type, no {@code format} type).
     */
    static boolean isPlainJson(TypeRef type) {
        if (type instanceof TypeRef.Scalar s) {
            return switch (s.kind()) {
                case STRING, INTEGER, LONG, DOUBLE, BOOLEAN, ANY -> true;
                default -> false;
            };
        }
        return type instanceof TypeRef.ListOf l ? isPlainJson(l.item())
                : type instanceof TypeRef.SetOf set ? isPlainJson(set.item())
                : type instanceof TypeRef.MapOf m && isPlainJson(m.value());
    }

    /** A branch of a union: the schema it stands for, and its class when it is an object variant (else null). */
    record Branch(SchemaLocationRef target, JavaName variant) {}

    /**
     * A union whose branches are of different JSON kinds, each kind once: a value class that reads each
     * kind through a creator of its own (Jackson picks one by the JSON token) and holds it typed. Null when
     * the branches do not allow that: two branches of one kind, a branch of several types or of none, one
     * with an {@code enum}, a {@code const} or a string {@code format} (a plain string or number here would
     * not check them), a {@code uniqueItems} array, or a nested union. A {@code "type": "null"} branch adds
     * no kind: the property holding the union may be null.
     */
    ValueType unionOfKinds(SchemaLocationRef at, JavaName name, List<Branch> branches, String note) {
        Scope scope = new Scope(name);
        List<ValueType.Alternative> alternatives = new ArrayList<>();
        Set<ValueType.Kind> seen = EnumSet.noneOf(ValueType.Kind.class);
        for (Branch branch : branches) {
            ValueType.Alternative alternative = alternative(branch, name, scope);
            if (alternative == null) {
                if (TypeKeywords.isType(branch.target().node(), "null")) {
                    continue; // JSON null: the property that holds the union may be null
                }
                return null;
            }
            if (!seen.add(alternative.kind())) {
                return null;
            }
            alternatives.add(alternative);
        }
        if (alternatives.size() < 2) {
            return null;
        }
        return valueType(at, name, TypeRef.scalar(ScalarKind.ANY), note, alternatives, scope);
    }

    private ValueType.Alternative alternative(Branch branch, JavaName union, Scope scope) {
        if (branch.variant() != null) {
            return new ValueType.Alternative(ValueType.Kind.OBJECT, new TypeRef.Named(branch.variant()));
        }
        JsonNode schema = branch.target().node();
        if (!schema.isObject() || TypeKeywords.isSeveralTypes(schema) || CombinatorKeywords.isUnion(schema)
                || schema.has("enum") || schema.has("const")) {
            return null;
        }
        return switch (TypeKeywords.singleType(schema)) {
            case "string" -> schema.has("format") ? null : new ValueType.Alternative(ValueType.Kind.STRING, TypeRef.scalar(ScalarKind.STRING));
            case "integer" -> new ValueType.Alternative(ValueType.Kind.INTEGER, TypeRef.scalar(ScalarKind.LONG));
            case "number" -> new ValueType.Alternative(ValueType.Kind.NUMBER, TypeRef.scalar(ScalarKind.DOUBLE));
            case "boolean" -> new ValueType.Alternative(ValueType.Kind.BOOLEAN, TypeRef.scalar(ScalarKind.BOOLEAN));
            case "array", "object" -> {
                TypeRef type = mapping.typeOf(branch.target(), union.simpleName(), scope);
                boolean array = type instanceof TypeRef.ListOf;
                yield array || type instanceof TypeRef.MapOf
                        ? new ValueType.Alternative(array ? ValueType.Kind.ARRAY : ValueType.Kind.OBJECT, type) : null;
            }
            default -> null;
        };
    }
}
