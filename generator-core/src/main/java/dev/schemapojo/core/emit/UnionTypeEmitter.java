package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.model.UnionType;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@link UnionType} as an interface that Jackson reads polymorphically: by the discriminator
 * property when the variants have one ({@code include = EXISTING_PROPERTY}, so the property stays an
 * ordinary property of each class), else by deduction from the properties present.
 */
final class UnionTypeEmitter {
    /** Records style: the generated code needs Java 17 anyway, so a union whose variants share its package is sealed. */
    private final boolean sealedWhereAllowed;

    UnionTypeEmitter(boolean sealedWhereAllowed) {
        this.sealedWhereAllowed = sealedWhereAllowed;
    }

    private static final ClassName JSON_TYPE_INFO = ClassName.get(Annotations.JACKSON, "JsonTypeInfo");
    private static final ClassName JSON_SUB_TYPES = ClassName.get(Annotations.JACKSON, "JsonSubTypes");

    TypeSpec emit(UnionType type) {
        ClassName self = JavaTypes.className(type.name());
        if (type.variants().isEmpty()) {
            return valueHolder(type, self);
        }
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!type.description().isBlank()) {
            doc.add("$L\n\n", Javadocs.escape(type.description()));
        }
        doc.add("<p>Generated from <code>$L</code>: one of the variants listed in {@code @JsonSubTypes}", Javadocs.escape(type.origin()));
        if (type.discriminator() == null) {
            doc.add(", told apart by the properties present.\n");
        } else {
            doc.add(", told apart by the property <code>$L</code>.\n", Javadocs.escape(type.discriminator()));
        }
        AnnotationSpec.Builder info = AnnotationSpec.builder(JSON_TYPE_INFO);
        if (type.discriminator() == null) {
            info.addMember("use", "$T.Id.DEDUCTION", JSON_TYPE_INFO);
        } else {
            info.addMember("use", "$T.Id.NAME", JSON_TYPE_INFO)
                    .addMember("include", "$T.As.EXISTING_PROPERTY", JSON_TYPE_INFO)
                    .addMember("property", "$L", Literals.string(type.discriminator()))
                    .addMember("visible", "true");
        }
        AnnotationSpec.Builder subTypes = AnnotationSpec.builder(JSON_SUB_TYPES);
        for (UnionType.Variant variant : type.variants()) {
            AnnotationSpec.Builder one = AnnotationSpec.builder(JSON_SUB_TYPES.nestedClass("Type"))
                    .addMember("value", "$T.class", JavaTypes.className(variant.type()));
            if (variant.discriminatorValue() != null) {
                one.addMember("name", "$L", Literals.string(variant.discriminatorValue()));
            }
            subTypes.addMember("value", "$L", one.build());
        }
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated())
                .addAnnotation(info.build())
                .addAnnotation(subTypes.build());
        boolean samePackage = type.variants().stream().allMatch(v -> v.type().simpleNames().size() == 1
                && v.type().packageName().equals(type.name().packageName()));
        if (sealedWhereAllowed && samePackage) {
            // permitted classes of a sealed type in the unnamed module must be in its package; all are final
            spec.addModifiers(Modifier.SEALED);
            type.variants().stream().map(v -> JavaTypes.className(v.type())).distinct().forEach(spec::addPermittedSubclass);
        }
        return spec.build();
    }

    /**
     * The fallback for a union without an object variant (its branches are strings, numbers, arrays,
     * or references to them): a class that holds the JSON value as read, and writes it back unchanged.
     */
    private static TypeSpec valueHolder(UnionType type, ClassName self) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!type.description().isBlank()) {
            doc.add("$L\n\n", Javadocs.escape(type.description()));
        }
        doc.add("<p>Generated from <code>$L</code>: a union without object variants, so the value is held as"
                + " Jackson reads it (a String, Number, Boolean, List or Map).\n", Javadocs.escape(type.origin()));
        ClassName objects = ClassName.get("java.util", "Objects");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated())
                .addField(Object.class, "value", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(Object.class, "value").addStatement("this.value = value").build())
                .addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                        .addJavadoc("Holds a JSON value; Jackson reads and writes it through this method and {@link #getValue()}.\n\n"
                                + "@param value the value (not {@code null})\n@return the holder\n")
                        .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                                .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
                        .addParameter(Object.class, "value")
                        .addStatement("return new $T($T.requireNonNull(value, $S))", self, objects, "value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("getValue").addModifiers(Modifier.PUBLIC).returns(Object.class)
                        .addJavadoc("@return the value as Jackson read it, never {@code null}\n")
                        .addAnnotation(Annotations.JSON_VALUE).addStatement("return value").build())
                .addMethods(JavaTypes.valueEquality(self, "value"))
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.STRING).addStatement("return $S + value + $S", self.simpleName() + "[", "]").build())
                .build();
    }
}
