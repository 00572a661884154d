package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.TypeRef;

/** Maps model types to JavaPoet types. */
final class JavaTypes {
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName STRING = ClassName.get("java.lang", "String");

    private JavaTypes() {}

    static ClassName className(JavaName name) {
        String[] rest = name.simpleNames().subList(1, name.simpleNames().size()).toArray(new String[0]);
        return ClassName.get(name.packageName(), name.simpleNames().get(0), rest);
    }

    static TypeName of(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == TypeRef.ScalarKind.STRING ? STRING : ClassName.bestGuess(scalar.kind().javaClass());
        } else if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(LIST, of(list.item()));
        } else if (type instanceof TypeRef.SetOf set) {
            return ParameterizedTypeName.get(SET, of(set.item()));
        } else if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(MAP, STRING, of(map.value()));
        } else if (type instanceof TypeRef.Named named) {
            return className(named.name());
        }
        throw new IllegalArgumentException("unknown type " + type);
    }

    /**
     * {@link #of}, for a record's header: JavaPoet writes a top-level type of the file's own package by its simple
     * name there even where a type nested in the record has that name, and the nested one is in scope in the
     * header. So a top-level type named like one of {@code shadowed} is written by its canonical name (a
     * {@code ClassName} of no package whose name is the canonical one, which JavaPoet writes as it is).
     */
    static TypeName inRecordHeader(TypeRef type, java.util.Set<String> shadowed) {
        return qualified(of(type), shadowed);
    }

    private static TypeName qualified(TypeName type, java.util.Set<String> shadowed) {
        if (type instanceof ClassName name && name.enclosingClassName() == null && shadowed.contains(name.simpleName())
                && !name.packageName().isEmpty()) {
            return ClassName.get("", name.canonicalName());
        }
        if (type instanceof ParameterizedTypeName parameterized) {
            TypeName[] arguments = parameterized.typeArguments().stream().map(t -> qualified(t, shadowed)).toArray(TypeName[]::new);
            return ParameterizedTypeName.get(parameterized.rawType(), arguments);
        }
        return type;
    }

    static boolean isCollection(TypeRef type) {
        return type instanceof TypeRef.ListOf || type instanceof TypeRef.SetOf || type instanceof TypeRef.MapOf;
    }

    /** The items of a list or set, the values of a map; null for other types. */
    static TypeRef elementOf(TypeRef type) {
        return TypeRef.elementOf(type);
    }

    /** Whether elements (list items, map values) of this collection may be null. */
    static boolean allowsNullElements(TypeRef type) {
        TypeRef element = elementOf(type);
        return element instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.ANY;
    }
}
