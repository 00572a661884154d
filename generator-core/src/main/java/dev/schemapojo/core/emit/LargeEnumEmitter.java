package dev.schemapojo.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.UnknownEnumValues;
import dev.schemapojo.core.ir.EnumType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an enumeration too large for a Java enum as an immutable value class: the allowed values are
 * stored in a few string constants (each well under javac's 64 KB limit), joined with a separator
 * that no value contains, and read into a set once. Reading JSON checks against that set exactly as
 * an enum would.
 */
final class LargeEnumEmitter {
    /** Characters per string constant; at most 3 bytes each in the class file's modified UTF-8. */
    static final int CHUNK_CHARS = 16_000;

    private final UnknownEnumValues unknownValues;

    LargeEnumEmitter(UnknownEnumValues unknownValues) {
        this.unknownValues = unknownValues;
    }

    TypeSpec.Builder emit(EnumType type) {
        ClassName self = JavaTypes.className(type.name());
        ClassName set = JavaTypes.SET;
        TypeName stringSet = ParameterizedTypeName.get(set, JavaTypes.STRING);
        char separator = separator(type);
        CodeBlock.Builder chunks = CodeBlock.builder().add("{");
        List<String> parts = chunks(type, separator);
        for (int i = 0; i < parts.size(); i++) {
            chunks.add(i == 0 ? "\n$L" : ",\n$L", Literals.string(parts.get(i)));
        }
        chunks.add("\n}");
        CodeBlock.Builder doc = Javadocs.header(type).add(": one of $L allowed string values (too many for a Java enum);\n"
                + "{@link #values()} lists them.\n", type.constants().size());
        MethodSpec.Builder fromValue = MethodSpec.methodBuilder("fromValue")
                .addAnnotation(Annotations.JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.STRING, "value")
                .beginControlFlow("if (value != null && VALUES.contains(value))")
                .addStatement("return new $T(value)", self)
                .endControlFlow();
        EnumTypeEmitter.finishFromValue(fromValue, unknownValues, self, type);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Annotations.generated())
                .addJavadoc(doc.build())
                .addField(FieldSpec.builder(ArrayTypeName.of(JavaTypes.STRING), "CHUNKS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(chunks.build()).build())
                .addField(FieldSpec.builder(stringSet, "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("load()").build())
                .addField(FieldSpec.builder(JavaTypes.STRING, "value", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(JavaTypes.STRING, "value").addStatement("this.value = value").build())
                .addMethod(MethodSpec.methodBuilder("load")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(stringSet)
                        .addStatement("$T values = new $T<>()", stringSet, CopyHelpers.LINKED_HASH_SET)
                        .beginControlFlow("for ($T chunk : CHUNKS)", JavaTypes.STRING)
                        .addStatement("values.addAll($T.asList(chunk.split($L, -1)))", ClassName.get("java.util", "Arrays"),
                                Literals.string(java.util.regex.Pattern.quote(String.valueOf(separator))))
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableSet(values)", ClassName.get("java.util", "Collections"))
                        .build())
                .addMethod(fromValue.build())
                .addMethod(MethodSpec.methodBuilder("values")
                        .addJavadoc("@return every allowed value, in schema order (unmodifiable)\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(stringSet)
                        .addStatement("return VALUES")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getValue")
                        .addJavadoc("@return the JSON value\n")
                        .addAnnotation(Annotations.JSON_VALUE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.STRING)
                        .addStatement("return value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("equals")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(Object.class, "other")
                        .addStatement("return other instanceof $T && (($T) other).value.equals(value)", self, self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("hashCode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.INT)
                        .addStatement("return value.hashCode()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.STRING)
                        .addStatement("return value")
                        .build());
    }

    /** A private-use character that no value contains. */
    private static char separator(EnumType type) {
        for (char c = '\uE000'; c <= '\uF8FF'; c++) {
            boolean used = false;
            for (EnumType.Constant constant : type.constants()) {
                if (constant.jsonValue().indexOf(c) >= 0) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                return c;
            }
        }
        throw new IllegalStateException("every private-use character occurs in the enum values of " + type.name());
    }

    private static List<String> chunks(EnumType type, char separator) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int inChunk = 0;
        for (EnumType.Constant c : type.constants()) {
            if (inChunk > 0 && current.length() + c.jsonValue().length() + 1 > CHUNK_CHARS) {
                chunks.add(current.toString());
                current.setLength(0);
                inChunk = 0;
            }
            if (inChunk++ > 0) {
                current.append(separator);
            }
            current.append(c.jsonValue());
        }
        chunks.add(current.toString());
        return chunks;
    }
}
