package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.emit.Slots.Slot;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.JavaName;
import dev.schemapojo.core.ir.Literal;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits an {@link ObjectType} of the class form as an immutable final class: fields, the constructor
 * that copies from the {@link BuilderEmitter builder}, getters, the Jackson creator that reads JSON
 * through the builder (so reading runs the checks of {@code build()}), and the {@link ValueMethods
 * value methods}.
 */
final class ObjectClassEmitter {
    private final TypeEmitter parent;
    private final boolean beanValidation;

    private final boolean assertFormats;

    ObjectClassEmitter(TypeEmitter parent, boolean beanValidation, boolean assertFormats) {
        this.assertFormats = assertFormats;
        this.parent = parent;
        this.beanValidation = beanValidation;
    }

    TypeSpec.Builder emit(ObjectType type) {
        ClassName self = JavaTypes.className(type.name());
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(classJavadoc(type))
                .addAnnotation(Annotations.generated())
                .addAnnotation(Annotations.nonNull())
                .addAnnotation(Annotations.noAutoDetection())
                .addAnnotation(Annotations.ignoreUnknown(type.rejectsUnknown()));
        addOrderAndInterfaces(spec, type);
        List<Slot> fields = Slots.of(type);
        for (Slot field : fields) {
            spec.addField(FieldSpec.builder(JavaTypes.of(field.type()), field.javaName(), Modifier.PRIVATE, Modifier.FINAL)
                    .build());
        }
        Map<String, String> presence = Presence.of(type);
        for (String has : presence.values()) {
            spec.addField(FieldSpec.builder(TypeName.BOOLEAN, has, Modifier.PRIVATE, Modifier.FINAL).build());
        }
        List<MethodSpec> copyHelpers = new ArrayList<>();
        MethodSpec ctor = constructor(fields, builder, copyHelpers);
        if (!presence.isEmpty()) {
            MethodSpec.Builder withPresence = ctor.toBuilder();
            presence.values().forEach(has -> withPresence.addStatement("this.$N = builder.$N", has, has));
            ctor = withPresence.build();
        }
        spec.addMethod(ctor);
        copyHelpers.forEach(spec::addMethod);
        spec.addMethod(creator(self, builder));
        ClassName jsonNull = presence.isEmpty() ? null : jsonNull(type);
        for (Property p : type.properties()) {
            String has = presence.get(p.javaName());
            MethodSpec getter = getter(p, has);
            if (beanValidation) {
                getter = getter.toBuilder().addAnnotations(BeanValidation.annotations(p)).build();
            }
            spec.addMethod(getter);
            if (has != null) {
                spec.addMethod(presenceMethod(p, has));
            }
            if (needsJsonAccessor(p, has)) {
                spec.addMethod(jsonAccessor(p, has, jsonNull));
            }
        }
        if (jsonNull != null) {
            spec.addType(jsonNullType(jsonNull));
        }
        if (type.additional() != null) {
            spec.addMethod(additionalGetter(type.additional()));
        }
        Property emptyNamed = emptyNamed(type);
        if (emptyNamed != null) {
            spec.addMethod(emptyNamedGetter(emptyNamed));
        }
        BuilderEmitter.addEntryPoints(spec, builder, "object", type);
        spec.addMethod(ValueMethods.equalsMethod(fields, self));
        spec.addMethod(ValueMethods.hashCodeMethod(fields));
        spec.addMethod(ValueMethods.toStringMethod(fields, self));
        spec.addType(BuilderEmitter.emit(type, self, builder, assertFormats));
        for (var nested : type.nested()) {
            spec.addType(parent.emitNested(nested));
        }
        return spec;
    }

    /**
     * {@code @JsonPropertyOrder} in schema order (Jackson 3 would sort alphabetically; the property
     * named {@code ""} is written by the any-getter, after the others) and the union interfaces.
     */
    static void addOrderAndInterfaces(TypeSpec.Builder spec, ObjectType type) {
        if (!type.properties().isEmpty() || type.additional() != null) {
            AnnotationSpec.Builder order = AnnotationSpec.builder(Annotations.JSON_PROPERTY_ORDER);
            for (Property p : type.properties()) {
                if (!p.jsonName().isEmpty()) {
                    order.addMember("value", "$L", Literals.string(p.jsonName()));
                }
            }
            spec.addAnnotation(order.build());
        }
        for (JavaName union : type.interfaces()) {
            spec.addSuperinterface(JavaTypes.className(union));
        }
    }

    static CodeBlock classJavadoc(ObjectType type) {
        return Javadocs.header(type).add(". Build instances with {@link #builder()}; required properties\n"
                + "are checked by {@link Builder#build()} and when JSON is read.\n").build();
    }

    private static MethodSpec constructor(List<Slot> fields, ClassName builder, List<MethodSpec> helpers) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (Slot field : fields) {
            CodeBlock copy = CopyHelpers.copyOf(field.type(), "builder." + field.javaName(),
                    "copy" + Names.capitalize(field.javaName()), helpers);
            ctor.addCode("$L$L;\n", "this." + field.javaName() + " = ", copy);
        }
        return ctor.build();
    }

    /**
     * The Jackson entry point: Jackson fills a {@code Builder} (whose setters carry the JSON names) and
     * this creator builds from it, so reading JSON runs exactly the checks of {@code build()}. A
     * delegating creator, unlike a properties-based one, has one parameter however many properties
     * the schema has (javac allows 255).
     */
    static MethodSpec creator(ClassName self, ClassName builder) {
        return MethodSpec.methodBuilder("fromJson")
                .addJavadoc("Used by Jackson to read JSON; runs the same checks as {@link Builder#build()}.\n")
                .addAnnotation(Annotations.delegatingCreator())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(builder, "builder")
                .addStatement("return builder.build()")
                .build();
    }

    /** The property named {@code ""}, which Jackson can only reach through the any-setter and any-getter. */
    static Property emptyNamed(ObjectType type) {
        return type.properties().stream().filter(p -> p.jsonName().isEmpty()).findFirst().orElse(null);
    }

    /** Writes the property named {@code ""}, which no {@code @JsonProperty} getter can name. */
    private static MethodSpec emptyNamedGetter(Property p) {
        ClassName collections = CopyHelpers.COLLECTIONS;
        return MethodSpec.methodBuilder("emptyNamedProperty")
                .addJavadoc("Jackson writes the property named \"\" from here.\n")
                .addAnnotation(Annotations.JSON_ANY_GETTER)
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, ClassName.get(Object.class)))
                .addStatement("return this.$N == null ? $T.emptyMap() : $T.singletonMap($S, this.$N)",
                        p.javaName(), collections, collections, "", p.javaName())
                .build();
    }

    /** @param has the property's presence field, or null when its presence is not tracked */
    private static MethodSpec getter(Property p, String has) {
        // the comment as one piece of text: JavaPoet renders it piece by piece (ChecksEmitter.text)
        StringBuilder doc = new StringBuilder();
        if (!p.description().isBlank()) {
            doc.append(Javadocs.escape(p.description())).append("\n\n");
        }
        doc.append("<p>JSON property ").append(Javadocs.code(p.jsonName())).append(". ");
        doc.append(Javadocs.constraints(p));
        Literal initial = p.initialValue();
        boolean accessor = needsJsonAccessor(p, has);
        if (initial != null) {
            doc.append("Optional: when absent, the schema's ").append(p.defaultValue() != null ? "default" : "const")
                    .append(' ').append(Javadocs.code(initial.text()))
                    .append("\n(JSON written from this object leaves it out as well).\n");
        } else {
            doc.append(!p.required() ? "Optional: {@code null} when absent.\n"
                    : p.nullable() ? "Required, but the schema allows {@code null}.\n" : "Required: never {@code null}.\n");
        }
        MethodSpec.Builder getter = MethodSpec.methodBuilder(getterName(p.javaName())).addJavadoc(returns(doc, p.type()));
        if (!p.jsonName().isEmpty() && !accessor) {
            getter.addAnnotations(Annotations.forProperty(p));
        }
        getter.addModifiers(Modifier.PUBLIC).returns(JavaTypes.of(p.type()));
        if (initial != null && has != null) {
            // present (also as null) is what the JSON said; only an absent property is its default
            getter.addStatement("return $N ? $N : $L", has, p.javaName(), Literals.of(initial, p.type()));
        } else if (initial != null) {
            getter.addStatement("return $N != null ? $N : $L", p.javaName(), p.javaName(), Literals.of(initial, p.type()));
        } else {
            getter.addCode("$L", "return " + p.javaName() + ";\n");
        }
        return getter.build();
    }

    /**
     * What Jackson writes for a property with a default or a const: the value the JSON had, so that an
     * absent property stays absent (the public getter answers with the default).
     */
    private static MethodSpec jsonAccessor(Property p, String has, ClassName jsonNull) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("json" + Names.capitalize(p.javaName()))
                .addJavadoc("Jackson writes $L from here: as read or set, absent when it was absent$L.\n",
                        Javadocs.code(p.jsonName()), has == null ? "" : ",\n{@code null} when it was {@code null}")
                .addModifiers(Modifier.PRIVATE);
        if (has == null) {
            return m.addAnnotations(Annotations.forProperty(p))
                    .returns(JavaTypes.of(p.type()))
                    .addStatement("return $N", p.javaName())
                    .build();
        }
        // a present null is written as null; an absent property is left out (the class writes no nulls)
        return m.addAnnotation(Annotations.jsonProperty(p.jsonName()))
                .returns(Object.class)
                .addStatement("return $N && $N == null ? $T.NULL : $N", has, p.javaName(), jsonNull, p.javaName())
                .build();
    }

    /** Whether Jackson writes the property from a private accessor rather than the getter. */
    private static boolean needsJsonAccessor(Property p, String has) {
        return !p.jsonName().isEmpty() && (p.initialValue() != null || has != null);
    }

    /** {@code hasX()}: whether the property is present, also as {@code null}. */
    private static MethodSpec presenceMethod(Property p, String has) {
        return MethodSpec.methodBuilder(has)
                .addJavadoc("Whether $L is present: also when it is {@code null}, which its schema allows"
                        + " (the getter\nreturns {@code null} both for an absent property and for a JSON {@code null}).\n\n"
                        + "@return true when the JSON had it, or the builder set it\n", Javadocs.code(p.jsonName()))
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addStatement("return $N", has)
                .build();
    }

    /** The nested type whose one value Jackson writes as JSON {@code null}, named apart from the class's nested types. */
    private static ClassName jsonNull(ObjectType type) {
        NameScope names = new NameScope(NameScope.Numbering.NUMBER, false, List.of("Builder"));
        type.name().simpleNames().forEach(names::reserve);
        type.nested().forEach(n -> names.reserve(n.name().simpleName()));
        return JavaTypes.className(type.name()).nestedClass(names.allocate("JsonNull"));
    }

    private static TypeSpec jsonNullType(ClassName name) {
        return TypeSpec.enumBuilder(name)
                .addJavadoc("A property that is present with the value {@code null}: Jackson writes it as {@code null}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addEnumConstant("NULL")
                .addMethod(MethodSpec.methodBuilder("json")
                        .addAnnotation(Annotations.JSON_VALUE)
                        .returns(Object.class)
                        .addStatement("return null")
                        .build())
                .build();
    }

    /** The getter of the additional properties, which Jackson writes after the named ones. */
    private MethodSpec additionalGetter(AdditionalProperties map) {
        StringBuilder doc = new StringBuilder("<p>The JSON properties the schema allows besides the named ones, in JSON"
                + " order (empty when there are none); Jackson writes them after the named ones.\n");
        MethodSpec.Builder getter = MethodSpec.methodBuilder(getterName(map.javaName()))
                .addJavadoc(returns(doc, map.type()))
                .addAnnotation(Annotations.JSON_ANY_GETTER)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.of(map.type()))
                .addStatement("return $N", map.javaName());
        if (beanValidation) {
            getter.addAnnotations(BeanValidation.annotations(map));
        }
        return getter.build();
    }

    private static CodeBlock returns(StringBuilder doc, TypeRef type) {
        doc.append("\n@return the value");
        if (JavaTypes.isCollection(type)) {
            doc.append(" (unmodifiable)");
        }
        return CodeBlock.of("$L", doc.append("\n").toString());
    }

    static String getterName(String javaName) {
        return "get" + Names.capitalize(javaName);
    }
}
