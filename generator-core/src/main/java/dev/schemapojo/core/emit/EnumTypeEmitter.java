package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.UnknownEnumValues;
import dev.schemapojo.core.ir.EnumType;
import javax.lang.model.element.Modifier;

/**
 * Emits a string enumeration as a Java enum that keeps the exact JSON values. Reading a value that is
 * not in the schema fails with a message listing the allowed values.
 */
final class EnumTypeEmitter {
    private final UnknownEnumValues unknownValues;

    EnumTypeEmitter(UnknownEnumValues unknownValues) {
        this.unknownValues = unknownValues;
    }

    /**
     * Above this many values a Java enum risks javac's limits (64 KB of static initializer, the
     * constant pool), so the type becomes a value class that checks against a set instead.
     */
    static final int MAX_ENUM_CONSTANTS = 1000;
    /** How many allowed values an error message lists. */
    static final int LISTED_VALUES = 20;

    TypeSpec.Builder emit(EnumType type) {
        if (type.constants().size() > MAX_ENUM_CONSTANTS) {
            return new LargeEnumEmitter(unknownValues).emit(type);
        }
        ClassName self = JavaTypes.className(type.name());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated());
        spec.addJavadoc(Javadocs.header(type).add(".\n").build());
        for (EnumType.Constant c : type.constants()) {
            spec.addEnumConstant(c.javaName(), TypeSpec.anonymousClassBuilder("$L", Literals.string(c.jsonValue()))
                    .addJavadoc("JSON value $L.\n", Javadocs.code(c.jsonValue()))
                    .build());
        }
        spec.addField(FieldSpec.builder(JavaTypes.STRING, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(JavaTypes.STRING, "value")
                .addStatement("this.value = value")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("getValue")
                .addJavadoc("@return the JSON value\n")
                .addAnnotation(Annotations.JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING)
                .addStatement("return value")
                .build());
        MethodSpec.Builder fromValue = MethodSpec.methodBuilder("fromValue")
                .addAnnotation(Annotations.JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(JavaTypes.STRING, "value")
                .beginControlFlow("for ($T candidate : values())", self)
                .beginControlFlow("if (candidate.value.equals(value))")
                .addStatement("return candidate")
                .endControlFlow()
                .endControlFlow();
        fromValue.addJavadoc("The constant for a JSON value.\n\n");
        finishFromValue(fromValue, unknownValues, self, type);
        spec.addMethod(fromValue.build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING)
                .addStatement("return value")
                .build());
        return spec;
    }

    /**
     * Ends a {@code fromValue} method whose loop or lookup found nothing: return {@code null}, or fail
     * with a message that names the value and the allowed ones, as the options say.
     */
    static void finishFromValue(MethodSpec.Builder fromValue, UnknownEnumValues unknownValues, ClassName self, EnumType type) {
        if (unknownValues == UnknownEnumValues.NULL) {
            fromValue.addJavadoc("@param value the JSON value\n"
                            + "@return the value, or {@code null} when the schema does not list it\n")
                    .addStatement("return null");
        } else {
            fromValue.addJavadoc("@param value the JSON value\n@return the value\n"
                            + "@throws IllegalArgumentException when the schema does not list the value\n")
                    .addStatement("throw new $T($L + value + $L)", IllegalArgumentException.class,
                            Literals.string("Unknown " + self.simpleName() + " value \""),
                            Literals.string("\"; expected one of " + allowedValues(type)));
        }
    }

    /**
     * {@code [a, b, c]}, or the first {@value #LISTED_VALUES} and a count, for the error message; a value longer
     * than {@value #LISTED_CHARS} characters is cut, and the list stops past 1,000 characters, so that the
     * message stays a short string constant (values near the 20,000-character limit overflowed the constant pool).
     */
    static String allowedValues(EnumType type) {
        StringBuilder sb = new StringBuilder("[");
        int n = 0;
        for (EnumType.Constant c : type.constants()) {
            if (n == LISTED_VALUES || sb.length() > 1000) {
                sb.append(", ... (").append(type.constants().size()).append(" values)");
                break;
            }
            String value = c.jsonValue();
            sb.append(n++ == 0 ? "" : ", ").append(value.length() <= LISTED_CHARS ? value
                    : value.substring(0, LISTED_CHARS - 3) + "...");
        }
        return sb.append(']').toString();
    }

    /** How much of one value the message shows. */
    private static final int LISTED_CHARS = 100;
}
