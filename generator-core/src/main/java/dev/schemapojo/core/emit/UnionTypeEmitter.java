package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.ir.UnionType;
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

    TypeSpec.Builder emit(UnionType type) {
        ClassName self = JavaTypes.className(type.name());
        CodeBlock.Builder doc = Javadocs.header(type).add(": one of the variants listed in {@code @JsonSubTypes}");
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
        return spec;
    }
}
