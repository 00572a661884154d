package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@link ValueType} as a final class around one value. Jackson reads the JSON value through
 * the delegating creator {@code of(value)} and writes it through {@code @JsonValue getValue()}, so the
 * JSON is the value itself. {@code of} runs the checks a builder runs on a property: not null, the
 * schema's {@code const} and non-string {@code enum}; collections are copied unmodifiable.
 */
final class ValueTypeEmitter {
    private final TypeEmitter types;
    private final boolean beanValidation;

    ValueTypeEmitter(TypeEmitter types, boolean beanValidation) {
        this.types = types;
        this.beanValidation = beanValidation;
    }

    TypeSpec.Builder emit(ValueType type) {
        ClassName self = JavaTypes.className(type.name());
        Property value = type.value();
        TypeName javaType = JavaTypes.of(value.type());
        CodeBlock.Builder doc = Javadocs.header(type).add(": $L\n", Javadocs.escape(type.note()));
        List<MethodSpec> helpers = new ArrayList<>();
        MethodSpec constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(javaType, value.javaName())
                .beginControlFlow("if ($N == null)", value.javaName())
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "Cannot build " + self.simpleName() + ": the value is null")
                .endControlFlow()
                // a builder's checks of a property other than presence (const, enum, null elements); they see the parameter
                .addCode(ChecksEmitter.checks(ChecksEmitter.Subject.value(value), self.simpleName(), ""))
                .addStatement("this.$N = $L", value.javaName(), CopyHelpers.copyOf(value.type(), value.javaName(),
                        "copyValue", helpers))
                .build();
        MethodSpec of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("The value as a $L; Jackson reads JSON through this method.\n\n@param $N the value (not"
                        + " {@code null})\n@return the $L\n@throws IllegalStateException when the value is {@code null}$L\n",
                        self.simpleName(), value.javaName(), self.simpleName(),
                        value.constant() != null ? " or not the schema's const"
                                : value.allowed().isEmpty() ? "" : " or not one of the schema's enum values")
                .addAnnotation(Annotations.delegatingCreator())
                .addParameter(javaType, value.javaName())
                .addStatement("return new $T($N)", self, value.javaName())
                .build();
        MethodSpec.Builder getter = MethodSpec.methodBuilder("getValue").addModifiers(Modifier.PUBLIC).returns(javaType)
                .addJavadoc(CodeBlock.builder().add("The value Jackson writes as the JSON. ").add(Javadocs.constraints(value))
                        .add("\n@return the value, never {@code null}$L\n", JavaTypes.isCollection(value.type()) ? " (unmodifiable)" : "")
                        .build())
                .addAnnotation(Annotations.JSON_VALUE)
                .addStatement("return $N", value.javaName());
        if (beanValidation) {
            getter.addAnnotations(BeanValidation.annotations(value));
        }
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated())
                .addField(javaType, value.javaName(), Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor)
                .addMethods(helpers)
                .addMethod(of)
                .addMethod(getter.build())
                .addMethods(ValueMethods.valueEquality(self, value.javaName()))
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.STRING)
                        .addCode(value.sensitive() ? CodeBlock.of("return $S;\n", self.simpleName() + "[***]")
                                : CodeBlock.of("return $S + $N + $S;\n", self.simpleName() + "[", value.javaName(), "]"))
                        .build());
        for (TypeDecl nested : type.nested()) {
            spec.addType(types.emitNested(nested));
        }
        return spec;
    }
}
