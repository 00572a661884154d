package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
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
        return s.kind() == TypeRef.ScalarKind.ANY ? null : s.kind();
    }

    /**
     * Whether a value of this type is read strictly ({@code constraints=check}): a string, integer, number or
     * boolean, or a list or map (of lists or maps) of them, checked by its schema's rules; or a date, time,
     * UUID or URI (Jackson would read a number into an {@code OffsetDateTime}), read only from a string.
     */
    static boolean isStrict(Property p) {
        return p.constraints().rules() != null && hasLeaf(p.type(), false) || p.constraints().checked() && hasLeaf(p.type(), true);
    }

    private static boolean hasLeaf(TypeRef type, boolean formatted) {
        if (type instanceof TypeRef.Scalar s) {
            return scalarKind(s) != null && (s.kind().format() != null) == formatted;
        }
        return type instanceof TypeRef.ListOf l ? hasLeaf(l.item(), formatted)
                : type instanceof TypeRef.MapOf m && hasLeaf(m.value(), formatted);
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
        private final java.util.Set<String> formats;

        /**
         * @param formats with {@code formats=assert}, where to note the formats the conversions check (the class's
         *     {@link JsonRuleEmitter#formats()}, whose helpers it adds); else null: formats are not checked
         */
        Converters(String describe, java.util.Set<String> formats) {
            this.describe = describe;
            this.formats = formats;
        }

        /** {@link JsonScalars#read}, checking the format of a date, time, UUID or URI when formats are asserted. */
        CodeBlock read(TypeRef.ScalarKind kind, String json, Function<CodeBlock, CodeBlock> accept) {
            String format = formats == null ? null : kind.format();
            if (format != null) {
                formats.add(format);
            }
            return JsonScalars.read(kind, json, accept, format);
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
            } else if (type instanceof TypeRef.ListOf || type instanceof TypeRef.SetOf) {
                // a set keeps the order of the items; the rules report repeats (uniqueItems)
                TypeRef item = type instanceof TypeRef.ListOf l ? l.item() : ((TypeRef.SetOf) type).item();
                m.beginControlFlow("if (json instanceof $T)", java.util.List.class)
                        .addStatement("$T<?> items = ($T<?>) json", java.util.List.class, java.util.List.class)
                        .addStatement("$T out = new $T<>(items.size())", javaType,
                                type instanceof TypeRef.ListOf ? CopyHelpers.ARRAY_LIST : CopyHelpers.LINKED_HASH_SET)
                        .beginControlFlow("for (int i = 0; i < items.size(); i++)")
                        .addStatement("out.add(items.get(i) == null ? null : $L)", convert(item, "items.get(i)", "at + \"/\" + i"))
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
            m.addStatement("problems.add($L)", type instanceof TypeRef.Scalar s && scalarKind(s) != null
                    ? message(s.kind(), "json", CodeBlock.of("(at.isEmpty() ? $S : at + $S)", "", ": "), describe)
                    : CodeBlock.of("(at.isEmpty() ? $S : at + $S) + $N(json) + $S", "the JSON is ", ": the JSON is ", describe,
                            ", not " + expected));
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

    /**
     * The message for JSON in {@code json} that is not of the kind (or an integer that does not fit the Java
     * type), at the literal JSON pointer {@code at} ("" for the value itself); {@code describe} names the
     * method that says what JSON is.
     */
    static CodeBlock wrongKind(TypeRef.ScalarKind kind, String json, String at, String describe) {
        return message(kind, json, Literals.string(at.isEmpty() ? "" : at + ": "), describe);
    }

    /** The message for JSON of the wrong kind, after {@code prefix} (the pointer and ": ", or ""). */
    private static CodeBlock message(TypeRef.ScalarKind kind, String json, CodeBlock prefix, String describe) {
        CodeBlock wrong = CodeBlock.of("$S + $N($N) + $S", "the JSON is ", describe, json,
                ", not " + (kind.format() == null ? expected(kind) : "a string"));
        if (kind.format() == null) {
            return CodeBlock.of("$L + $L", prefix, wrong);
        }
        return CodeBlock.of("$L + ($N instanceof $T ? $S : $L)", prefix, json, String.class, "the string is not "
                + expected(kind), wrong);
    }

    /** The kind a property of this type is read as strictly when it is one scalar (not a list or map), or null. */
    static TypeRef.ScalarKind scalarOf(TypeRef type) {
        return type instanceof TypeRef.Scalar s ? scalarKind(s) : null;
    }

    /** What JSON of the kind is, for messages ("an integer"). */
    static String expected(TypeRef.ScalarKind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER, LONG -> "an integer";
            case DOUBLE -> "a number";
            case BOOLEAN -> "a boolean";
            case UUID -> "a UUID (8-4-4-4-12 hex digits)";
            case URI, URI_REFERENCE, IRI, IRI_REFERENCE -> "a valid " + kind.format();
            // java.time holds no leap second (23:59:60), which RFC 3339 allows
            default -> "a valid " + kind.format() + " that java.time holds";
        };
    }

    /**
     * The statements that convert the JSON in {@code json} (an {@code Object}, not null) to the kind and
     * hand it to {@code accept} (which makes a statement that returns); they fall through when the JSON is
     * of another kind, or an integer that does not fit the Java type.
     */
    static CodeBlock read(TypeRef.ScalarKind kind, String json, Function<CodeBlock, CodeBlock> accept, String format) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (kind.format() != null) {
            // a string, valid in its format when that is asserted, that the Java type parses (RFC 3339 allows a
            // lower-case t and z, java.time only upper case ones; UUID.fromString also takes "1-1-1-1-1")
            CodeBlock string = CodeBlock.of("(($T) $N)", String.class, json);
            CodeBlock parsed = switch (kind) {
                case OFFSET_DATE_TIME -> CodeBlock.of("$T.parse($L.toUpperCase($T.ROOT))", ClassName.get("java.time", "OffsetDateTime"),
                        string, Locale.class);
                case OFFSET_TIME -> CodeBlock.of("$T.parse($L.toUpperCase($T.ROOT))", ClassName.get("java.time", "OffsetTime"),
                        string, Locale.class);
                case LOCAL_DATE -> CodeBlock.of("$T.parse($L)", ClassName.get("java.time", "LocalDate"), string);
                case UUID -> CodeBlock.of("$T.fromString($L)", ClassName.get("java.util", "UUID"), string);
                default -> CodeBlock.of("$T.create($L)", ClassName.get("java.net", "URI"), string);
            };
            CodeBlock condition = CodeBlock.of("$N instanceof $T$L$L", json, String.class,
                    kind == TypeRef.ScalarKind.UUID ? CodeBlock.of(" && $L.length() == 36", string) : CodeBlock.of(""),
                    format == null ? CodeBlock.of("") : CodeBlock.of(" && $L", FormatCheckers.test(format, string)));
            boolean time = kind == TypeRef.ScalarKind.OFFSET_DATE_TIME || kind == TypeRef.ScalarKind.OFFSET_TIME
                    || kind == TypeRef.ScalarKind.LOCAL_DATE;
            return code.beginControlFlow("if ($L)", condition)
                    .beginControlFlow("try")
                    .add(accept.apply(parsed))
                    .nextControlFlow("catch ($T e)", time ? ClassName.get("java.time", "DateTimeException") : ClassName.get(IllegalArgumentException.class))
                    .add("// not one the Java type holds: reported below\n")
                    .endControlFlow()
                    .endControlFlow()
                    .build();
        }
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
            default -> code
                    // Jackson reads a JSON integer as an Integer when it fits, else a Long, else a BigInteger
                    .beginControlFlow("if ($N instanceof $T$L)", json, Integer.class,
                            kind == TypeRef.ScalarKind.INTEGER ? "" : " || " + json + " instanceof Long")
                    .add(accept.apply(CodeBlock.of("(($T) $N).$L()", Number.class, json,
                            kind == TypeRef.ScalarKind.INTEGER ? "intValue" : "longValue")))
                    .endControlFlow()
                    .beginControlFlow("if ($N instanceof $T)", json, Number.class)
                    .beginControlFlow("try")
                    // exact: 2.0 is the integer 2, 2.5 and integers beyond the Java type are no value of it
                    .add(accept.apply(CodeBlock.of("new $T($N.toString()).$L()", BigDecimal.class, json,
                            kind == TypeRef.ScalarKind.INTEGER ? "intValueExact" : "longValueExact")))
                    .nextControlFlow("catch ($T | $T e)", ArithmeticException.class, NumberFormatException.class)
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
