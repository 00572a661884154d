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

    /** The scalar kind a value of this type is read as strictly, or null when it is read as Jackson reads it. */
    static TypeRef.ScalarKind strictKind(Property p) {
        if (p.constraints().rules() == null || !(p.type() instanceof TypeRef.Scalar s)) {
            return null;
        }
        return switch (s.kind()) {
            case STRING, INTEGER, LONG, DOUBLE, BOOLEAN -> s.kind();
            default -> null;
        };
    }

    /** The kind the values of an additional-properties map are read as strictly, or null. */
    static TypeRef.ScalarKind strictKind(dev.schemapojo.core.ir.AdditionalProperties map) {
        if (map == null || !map.strictValues() || !map.keyPatterns().isEmpty() || !(map.valueType() instanceof TypeRef.Scalar s)) {
            return null;
        }
        return switch (s.kind()) {
            case STRING, INTEGER, LONG, DOUBLE, BOOLEAN -> s.kind();
            default -> null;
        };
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
