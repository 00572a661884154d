package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.schemapojo.core.ir.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Unmodifiable copies of collection values, as generated classes take them from their builders. */
final class CopyHelpers {
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

    private CopyHelpers() {}

    /**
     * An unmodifiable copy of a collection value; other values are immutable already. A collection of
     * collections is copied by a generated helper method with a plain loop per level: nested lambdas
     * would make javac's type inference take exponential time on deeply nested types.
     */
    static CodeBlock copyOf(TypeRef type, String expression, String helperName, List<MethodSpec> helpers) {
        if (!JavaTypes.isCollection(type)) {
            return CodeBlock.of("$L", expression);
        }
        TypeRef element = JavaTypes.elementOf(type);
        if (!JavaTypes.isCollection(element)) {
            if (type instanceof TypeRef.ListOf) {
                return CodeBlock.of("$L == null ? null : $T.unmodifiableList(new $T<>($L))",
                        expression, COLLECTIONS, ARRAY_LIST, expression);
            }
            if (type instanceof TypeRef.SetOf) {
                return CodeBlock.of("$L == null ? null : $T.unmodifiableSet(new $T<>($L))",
                        expression, COLLECTIONS, LINKED_HASH_SET, expression);
            }
            return CodeBlock.of("$L == null ? null : $T.unmodifiableMap(new $T<>($L))",
                    expression, COLLECTIONS, LINKED_HASH_MAP, expression);
        }
        TypeName javaType = JavaTypes.of(type);
        TypeName elementType = JavaTypes.of(element);
        // one class's helpers share the list: a name taken by a helper of another type (the inner helper of
        // fooBar, copyFooBar_, beside property fooBar_'s own) moves on; one of the same type is the same helper
        String name = helperName;
        for (MethodSpec existing = named(helpers, name); existing != null; existing = named(helpers, name)) {
            if (existing.parameters().get(0).type().equals(javaType)) {
                return CodeBlock.of("$N($L)", name, expression);
            }
            name = name + "_";
        }
        CodeBlock inner = copyOf(element, "element", name + "_", helpers);
        MethodSpec.Builder helper = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(javaType)
                .addParameter(javaType, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow();
        if (type instanceof TypeRef.SetOf) {
            helper.addStatement("$T copy = new $T<>()", javaType, LINKED_HASH_SET)
                    .beginControlFlow("for ($T element : value)", elementType)
                    .addStatement("copy.add($L)", inner)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableSet(copy)", COLLECTIONS);
        } else if (type instanceof TypeRef.ListOf) {
            helper.addStatement("$T copy = new $T<>(value.size())", javaType, ARRAY_LIST)
                    .beginControlFlow("for ($T element : value)", elementType)
                    .addStatement("copy.add($L)", inner)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(copy)", COLLECTIONS);
        } else {
            helper.addStatement("$T copy = new $T<>()", javaType, LINKED_HASH_MAP)
                    .beginControlFlow("for ($T.Entry<$T, $T> entry : value.entrySet())", JavaTypes.MAP, JavaTypes.STRING, elementType)
                    .addStatement("$T element = entry.getValue()", elementType)
                    .addStatement("copy.put(entry.getKey(), $L)", inner)
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableMap(copy)", COLLECTIONS);
        }
        helpers.add(helper.build());
        return CodeBlock.of("$N($L)", name, expression);
    }

    private static MethodSpec named(List<MethodSpec> helpers, String name) {
        for (MethodSpec helper : helpers) {
            if (helper.name().equals(name)) {
                return helper;
            }
        }
        return null;
    }
}
