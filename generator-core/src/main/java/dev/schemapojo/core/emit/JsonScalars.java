package dev.schemapojo.core.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Strict reading of strings, integers, numbers and booleans with {@code constraints=check}. Jackson
 * coerces scalars by default (it reads {@code 12} into a {@code String}, {@code "1"} and {@code 2.5}
 * into a {@code Long}, {@code 1} into a {@code Boolean}), which would accept JSON the schema's
 * {@code type} forbids; annotations cannot turn that off, so such a value is read as the JSON Jackson
 * gives an {@code Object} and converted here only when it is of the right kind.
 */
final class JsonScalars {
    private JsonScalars() {}

    private static TypeRef.ScalarKind scalarKind(TypeRef.Scalar s) {
        return switch (s.kind()) {
            case STRING, INTEGER, LONG, DOUBLE, BOOLEAN -> s.kind();
            default -> null;
        };
    }

    /**
     * Whether a value of this type is read strictly: a string, integer, number or boolean, or a list or map
     * (of lists or maps) of them, checked by its schema's rules ({@code constraints=check}).
     */
    static boolean isStrict(Property p) {
        return p.constraints().rules() != null && hasStrictLeaf(p.type());
    }

    private static boolean hasStrictLeaf(TypeRef type) {
        if (type instanceof TypeRef.Scalar s) {
            return scalarKind(s) != null;
        }
        return type instanceof TypeRef.ListOf l ? hasStrictLeaf(l.item()) : type instanceof TypeRef.MapOf m && hasStrictLeaf(m.value());
    }

    /**
     * The methods that convert JSON read as {@code Object} to a type, one per type in a class: each takes the
     * JSON (not null), its pointer and a problem list, and returns the value, or null after adding a problem
     * when the JSON (or an item or entry) is of the wrong kind.
     */
    static final class Converters {
        private final java.util.Map<TypeRef, String> names = new java.util.LinkedHashMap<>();
        private final java.util.List<MethodSpec> methods = new java.util.ArrayList<>();
        private final String describe;

        Converters(String describe) {
            this.describe = describe;
        }

        java.util.List<MethodSpec> methods() {
            return methods;
        }

        /** The name of the method that converts JSON to {@code type}. */
        String of(TypeRef type) {
            String known = names.get(type);
            if (known != null) {
                return known;
            }
            String name = "toJava" + names.size();
            names.put(type, name);
            com.palantir.javapoet.TypeName javaType = JavaTypes.of(type);
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(javaType)
                    .addJavadoc("Converts JSON read as {@code Object} to the Java type, or adds a problem and returns null.\n")
                    .addParameter(Object.class, "json").addParameter(String.class, "at")
                    .addParameter(com.palantir.javapoet.ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING), "problems");
            String expected;
            if (type instanceof TypeRef.Scalar s && scalarKind(s) != null) {
                m.addCode(read(s.kind(), "json", v -> CodeBlock.of("return $L;\n", v)));
                expected = expected(s.kind());
            } else if (type instanceof TypeRef.ListOf l) {
                m.beginControlFlow("if (json instanceof $T)", java.util.List.class)
                        .addStatement("$T<?> items = ($T<?>) json", java.util.List.class, java.util.List.class)
                        .addStatement("$T out = new $T<>(items.size())", javaType, CopyHelpers.ARRAY_LIST)
                        .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                        .addStatement("out.add(items.get(i) == null ? null : $L)", convert(l.item(), "items.get(i)", "at + \"/\" + i"))
                        .endControlFlow()
                        .addStatement("return out")
                        .endControlFlow();
                expected = "an array";
            } else if (type instanceof TypeRef.MapOf map) {
                m.beginControlFlow("if (json instanceof $T)", Map.class)
                        .addStatement("$T out = new $T<>()", javaType, CopyHelpers.LINKED_HASH_MAP)
                        .beginControlFlow("for ($T.Entry<?, ?> entry : (($T<?, ?>) json).entrySet())", Map.class, Map.class)
                        .addStatement("$T name = $T.valueOf(entry.getKey())", String.class, String.class)
                        .addStatement("out.put(name, entry.getValue() == null ? null : $L)", convert(map.value(), "entry.getValue()",
                                "at + \"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\")"))
                        .endControlFlow()
                        .addStatement("return out")
                        .endControlFlow();
                expected = "an object";
            } else {
                m.addStatement("return ($T) json", javaType); // any JSON: as Jackson read it
                methods.add(m.build());
                return name;
            }
            m.addStatement("problems.add((at.isEmpty() ? $S : at + $S) + $N(json) + $S)", "the JSON is ", ": the JSON is ", describe,
                    ", not " + expected);
            methods.add(m.addStatement("return null").build());
            return name;
        }

        /** The expression converting {@code json} (an expression, not null) to {@code type}. */
        CodeBlock convert(TypeRef type, String json, String at) {
            if (type instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.ANY) {
                return CodeBlock.of("$L", json);
            }
            return CodeBlock.of("$N($L, $L, problems)", of(type), json, at);
        }
    }

    /** The kind the values of an additional-properties map are read as strictly, or null. */
    static TypeRef.ScalarKind strictKind(dev.schemapojo.core.ir.AdditionalProperties map) {
        if (map == null || !map.strictValues() || !map.keyPatterns().isEmpty() || !(map.valueType() instanceof TypeRef.Scalar s)) {
            return null;
        }
        return scalarKind(s);
    }

    /** What JSON of the kind is, for messages ("an integer"). */
    static String expected(TypeRef.ScalarKind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER, LONG -> "an integer";
            case DOUBLE -> "a number";
            default -> "a boolean";
        };
    }

    /**
     * The statements that convert the JSON in {@code json} (an {@code Object}, not null) to the kind and
     * hand it to {@code accept} (which makes a statement that returns); they fall through when the JSON is
     * of another kind, or an integer that does not fit the Java type.
     */
    static CodeBlock read(TypeRef.ScalarKind kind, String json, Function<CodeBlock, CodeBlock> accept) {
        CodeBlock.Builder code = CodeBlock.builder();
        switch (kind) {
            case STRING -> code.beginControlFlow("if ($N instanceof $T)", json, String.class)
                    .add(accept.apply(CodeBlock.of("($T) $N", String.class, json)))
                    .endControlFlow();
            case BOOLEAN -> code.beginControlFlow("if ($N instanceof $T)", json, Boolean.class)
                    .add(accept.apply(CodeBlock.of("($T) $N", Boolean.class, json)))
                    .endControlFlow();
            case DOUBLE -> code.beginControlFlow("if ($N instanceof $T)", json, Number.class)
                    .add(accept.apply(CodeBlock.of("(($T) $N).doubleValue()", Number.class, json)))
                    .endControlFlow();
            default -> code.beginControlFlow("if ($N instanceof $T)", json, Number.class)
                    .beginControlFlow("try")
                    // exact: 2.0 is the integer 2, 2.5 and integers beyond the Java type are no value of it
                    .add(accept.apply(CodeBlock.of("new $T($N.toString()).$L()", BigDecimal.class, json,
                            kind == TypeRef.ScalarKind.INTEGER ? "intValueExact" : "longValueExact")))
                    .nextControlFlow("catch ($T e)", ArithmeticException.class)
                    .add("// not an integer of the Java type: reported below\n")
                    .endControlFlow()
                    .endControlFlow();
        }
        return code.build();
    }

    /** {@code describeJson(Object)}: what a JSON value read as {@code Object} is, for messages. */
    static MethodSpec describe(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class)
                .addJavadoc("What a JSON value is, for messages.\n")
                .addParameter(Object.class, "json")
                .addStatement("return json instanceof $T ? $S : json instanceof $T ? $S : json instanceof $T ? $S + json"
                                + " : json instanceof $T ? $S : json instanceof $T ? $S : $S",
                        String.class, "a string", Boolean.class, "a boolean", Number.class, "the number ",
                        Collection.class, "an array", Map.class, "an object", "null")
                .build();
    }
}
