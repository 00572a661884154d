package dev.schemapojo.core.model;

import dev.schemapojo.core.diagnostics.Severity;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.TypeRef.ScalarKind;
import dev.schemapojo.core.keywords.ConstKeywords;
import dev.schemapojo.core.keywords.EnumKeywords;
import dev.schemapojo.core.load.JsonPointers;
import dev.schemapojo.core.load.JsonValues;
import dev.schemapojo.core.load.SchemaLocationRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * JSON values as Java literals of a property's type: {@code const}, {@code default}, the values of a
 * non-string {@code enum}, and values of the generated enum types, whose JSON values it learns as soon as
 * each enum type is named (before any property that uses one is modelled).
 */
final class FixedValues {
    private final ModelContext context;
    /** The JSON values of every string enum type. */
    private final Map<JavaName, Set<String>> enumValuesByName = new HashMap<>();

    FixedValues(ModelContext context) {
        this.context = context;
    }

    /** Records the values of the enum type {@code name}, when {@code schema} is a string enum. */
    void named(JavaName name, JsonNode schema) {
        if (EnumKeywords.isStringEnum(schema)) {
            enumValuesByName.put(name, EnumKeywords.stringValues(schema));
        }
    }

    /**
     * The value of {@code const} or {@code default} as a Java value of the property's type, or null when
     * absent; a value the type cannot hold (or a type we do not initialise) is reported, not guessed.
     */
    Literal literal(SchemaLocationRef at, String keyword, TypeRef type) {
        JsonNode value = at.node().path(keyword);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        Literal literal = of(type, value);
        if (literal == null) {
            context.diagnostics().report(at.document().diagnostic(Severity.WARNING, "model." + keyword + "-not-represented",
                    JsonPointers.append(at.pointer(), keyword), JsonValues.preview(value) + " is not represented as the \""
                            + keyword + "\" of this property (supported: a string, number, integer or boolean of the"
                            + " property's type, or one of its enum values)"));
        }
        return literal;
    }

    /** A JSON value as a literal of {@code type}: a scalar, or a constant of a generated enum; else null. */
    Literal of(TypeRef type, JsonNode value) {
        if (type instanceof TypeRef.Scalar scalar) {
            return ConstKeywords.scalarValue(scalar.kind(), value);
        }
        if (type instanceof TypeRef.Named named && value.isString()
                && enumValuesByName.getOrDefault(named.name(), Set.of()).contains(value.asString())) {
            return new Literal.EnumConstant(value.asString());
        }
        return null;
    }

    /**
     * The values a non-string {@code enum} allows, as Java values of the property's number or boolean
     * type (see {@link EnumKeywords#values}). Empty when there is no such enum (string enums are Java
     * enums) or when it has more than {@link JavaLimits#MAX_CHECKED_ENUM_VALUES}: those are documented only.
     */
    static List<Literal> allowed(JsonNode schema, TypeRef type) {
        if (!schema.path("enum").isArray() || !(type instanceof TypeRef.Scalar scalar)) {
            return List.of();
        }
        if (scalar.kind() != ScalarKind.LONG && scalar.kind() != ScalarKind.INTEGER && scalar.kind() != ScalarKind.DOUBLE
                && scalar.kind() != ScalarKind.BOOLEAN) {
            return List.of();
        }
        List<Literal> out = EnumKeywords.values(schema, scalar.kind());
        return out.size() <= JavaLimits.MAX_CHECKED_ENUM_VALUES ? out : List.of();
    }
}
