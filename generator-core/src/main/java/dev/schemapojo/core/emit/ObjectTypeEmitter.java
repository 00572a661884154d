package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.model.Conditional;
import dev.schemapojo.core.model.ObjectType;
import dev.schemapojo.core.model.Property;
import dev.schemapojo.core.model.TypeRef;
import dev.schemapojo.core.naming.Names;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits an {@link ObjectType} as an immutable final class with getters, a builder whose
 * {@code build()} checks every required property, a Jackson creator that runs the same checks, and
 * {@code equals}, {@code hashCode} and a redacting {@code toString}.
 */
final class ObjectTypeEmitter {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    private static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

    private final TypeEmitter parent;
    private final boolean beanValidation;

    ObjectTypeEmitter(TypeEmitter parent, boolean beanValidation) {
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
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_INCLUDE)
                        .addMember("value", "$T.Include.NON_NULL", Annotations.JSON_INCLUDE).build())
                .addAnnotation(noAutoDetection())
                .addAnnotation(ignoreUnknown(type));
        addOrderAndInterfaces(spec, type);
        for (Property p : type.properties()) {
            spec.addField(FieldSpec.builder(JavaTypes.of(p.type()), p.javaName(), Modifier.PRIVATE, Modifier.FINAL).build());
        }
        List<MethodSpec> copyHelpers = new java.util.ArrayList<>();
        spec.addMethod(constructor(type, builder, copyHelpers));
        copyHelpers.forEach(spec::addMethod);
        spec.addMethod(creator(self, builder));
        for (Property p : type.properties()) {
            MethodSpec getter = getter(p);
            if (beanValidation) {
                getter = getter.toBuilder().addAnnotations(BeanValidation.annotations(p)).build();
            }
            spec.addMethod(getter);
        }
        Property emptyNamed = emptyNamed(type);
        if (emptyNamed != null) {
            spec.addMethod(emptyNamedGetter(emptyNamed));
        }
        addBuilderEntryPoints(spec, builder, "object");
        spec.addMethod(equalsMethod(type, self));
        spec.addMethod(hashCodeMethod(type));
        spec.addMethod(toStringMethod(type, self));
        spec.addType(builderType(type, self, builder, false));
        for (var nested : type.nested()) {
            spec.addType(parent.emitNested(nested));
        }
        return spec;
    }

    /**
     * The record form: components carry the JSON names, the compact constructor runs the checks of
     * {@code build()} and copies collections, so Jackson (which reads records through the canonical
     * constructor) and the builder go through the same checks.
     */
    TypeSpec.Builder emitRecord(ObjectType type) {
        ClassName self = JavaTypes.className(type.name());
        ClassName builder = self.nestedClass("Builder");
        List<MethodSpec> copyHelpers = new java.util.ArrayList<>();
        MethodSpec.Builder canonical = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addCode(checks(type, self.simpleName(), ""));
        CodeBlock.Builder doc = CodeBlock.builder().add(classJavadoc(type)).add("\n");
        for (Property p : type.properties()) {
            canonical.addParameter(ParameterSpec.builder(JavaTypes.of(p.type()), p.javaName())
                    .addAnnotations(jsonAnnotations(p))
                    .addAnnotations(beanValidation ? BeanValidation.annotations(p) : List.of()).build());
            if (JavaTypes.isCollection(p.type())) {
                canonical.addStatement("$N = $L", p.javaName(), copyOf(p.type(), p.javaName(),
                        "copy" + Names.capitalize(p.javaName()), copyHelpers));
            }
            doc.add("@param $N $L\n", p.javaName(), Javadocs.escape("JSON property " + p.jsonName()
                    + (p.description().isBlank() ? "" : ": " + p.description())));
        }
        TypeSpec.Builder spec = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated())
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_INCLUDE)
                        .addMember("value", "$T.Include.NON_NULL", Annotations.JSON_INCLUDE).build())
                .addAnnotation(ignoreUnknown(type))
                .recordConstructor(canonical.build());
        addOrderAndInterfaces(spec, type);
        copyHelpers.forEach(spec::addMethod);
        addBuilderEntryPoints(spec, builder, "record");
        spec.addMethod(toStringMethod(type, self));
        spec.addType(builderType(type, self, builder, true));
        for (var nested : type.nested()) {
            spec.addType(parent.emitNested(nested));
        }
        return spec;
    }

    /**
     * {@code @JsonPropertyOrder} in schema order (Jackson 3 would sort alphabetically; the property
     * named {@code ""} is written by the any-getter, after the others) and the union interfaces.
     */
    private static void addOrderAndInterfaces(TypeSpec.Builder spec, ObjectType type) {
        if (!type.properties().isEmpty()) {
            AnnotationSpec.Builder order = AnnotationSpec.builder(Annotations.JSON_PROPERTY_ORDER);
            for (Property p : type.properties()) {
                if (!p.jsonName().isEmpty()) {
                    order.addMember("value", "$L", Literals.string(p.jsonName()));
                }
            }
            spec.addAnnotation(order.build());
        }
        for (dev.schemapojo.core.model.JavaName union : type.interfaces()) {
            spec.addSuperinterface(JavaTypes.className(union));
        }
    }

    /** {@code builder()} and {@code toBuilder()}. */
    private static void addBuilderEntryPoints(TypeSpec.Builder spec, ClassName builder, String what) {
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with no property set.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder initialised with this $L's values.\n", what)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
    }

    /** Only explicit annotations drive Jackson: nothing is detected by naming convention. */
    private static AnnotationSpec noAutoDetection() {
        return AnnotationSpec.builder(Annotations.JSON_AUTO_DETECT)
                .addMember("fieldVisibility", "$T.Visibility.NONE", Annotations.JSON_AUTO_DETECT)
                .addMember("getterVisibility", "$T.Visibility.NONE", Annotations.JSON_AUTO_DETECT)
                .addMember("isGetterVisibility", "$T.Visibility.NONE", Annotations.JSON_AUTO_DETECT)
                .addMember("setterVisibility", "$T.Visibility.NONE", Annotations.JSON_AUTO_DETECT)
                .build();
    }

    private static AnnotationSpec ignoreUnknown(ObjectType type) {
        return AnnotationSpec.builder(Annotations.JSON_IGNORE_PROPERTIES)
                .addMember("ignoreUnknown", "$L", !type.closed()).build();
    }

    private static CodeBlock classJavadoc(ObjectType type) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!type.description().isBlank()) {
            doc.add("$L\n\n", Javadocs.escape(type.description()));
        }
        doc.add("<p>Generated from <code>$L</code>. Build instances with {@link #builder()}; required properties\n"
                        + "are checked by {@link Builder#build()} and when JSON is read.\n",
                Javadocs.escape(type.origin()));
        return doc.build();
    }

    private static MethodSpec constructor(ObjectType type, ClassName builder, List<MethodSpec> helpers) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (Property p : type.properties()) {
            ctor.addStatement("this.$N = $L", p.javaName(), copyOf(p.type(), "builder." + p.javaName(),
                    "copy" + Names.capitalize(p.javaName()), helpers));
        }
        return ctor.build();
    }

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
        CodeBlock inner = copyOf(element, "element", helperName + "_", helpers);
        MethodSpec.Builder helper = MethodSpec.methodBuilder(helperName)
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
        return CodeBlock.of("$N($L)", helperName, expression);
    }

    /**
     * The Jackson entry point: Jackson fills a {@link Builder} (whose setters carry the JSON names) and
     * this creator builds from it, so reading JSON runs exactly the checks of {@code build()}. A
     * delegating creator, unlike a properties-based one, has one parameter however many properties
     * the schema has (javac allows 255).
     */
    private static MethodSpec creator(ClassName self, ClassName builder) {
        return MethodSpec.methodBuilder("fromJson")
                .addJavadoc("Used by Jackson to read JSON; runs the same checks as {@link Builder#build()}.\n")
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(builder, "builder")
                .addStatement("return builder.build()")
                .build();
    }

    /** The property named {@code ""}, which Jackson can only reach through the any-setter and any-getter. */
    private static Property emptyNamed(ObjectType type) {
        return type.properties().stream().filter(p -> p.jsonName().isEmpty() && !p.additional()).findFirst().orElse(null);
    }

    /**
     * Receives the JSON properties that no setter takes: the property named {@code ""} (which
     * {@code @JsonProperty} cannot name), and, when the schema says {@code additionalProperties: false},
     * any other, which is rejected.
     */
    private static MethodSpec otherProperty(ObjectType type, Property emptyNamed) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("otherProperty")
                .addJavadoc("Jackson passes the JSON properties here that no setter takes.\n")
                .addAnnotation(Annotations.JSON_ANY_SETTER)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(JavaTypes.STRING, "name")
                .addParameter(Object.class, "value");
        if (emptyNamed != null) {
            TypeRef.ScalarKind kind = ((TypeRef.Scalar) emptyNamed.type()).kind();
            m.beginControlFlow("if (name.isEmpty())")
                    .beginControlFlow("if (value == null || $L)", accepts(kind))
                    .addStatement("this.$N = value == null ? null : $L", emptyNamed.javaName(), read(kind))
                    .addStatement("return")
                    .endControlFlow()
                    .addStatement("throw new $T($L + value.getClass().getSimpleName())", IllegalArgumentException.class,
                            Literals.string("Cannot read " + type.name().simpleName() + ": the property \"\" must be "
                                    + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", not "))
                    .endControlFlow();
        }
        if (type.closed()) {
            m.addStatement("throw new $T($L + name + $L)", IllegalArgumentException.class,
                    Literals.string("Cannot read " + type.name().simpleName() + ": unknown property \""),
                    Literals.string("\" (the schema allows no additional properties)"));
        }
        return m.build();
    }

    /** Whether the untyped value Jackson read for the {@code ""} property has the property's type. */
    private static CodeBlock accepts(TypeRef.ScalarKind kind) {
        ClassName string = JavaTypes.STRING;
        return switch (kind) {
            case STRING, OFFSET_DATE_TIME, LOCAL_DATE, OFFSET_TIME, UUID, URI -> CodeBlock.of("value instanceof $T", string);
            case INTEGER -> CodeBlock.of("value instanceof $T", Integer.class);
            case LONG -> CodeBlock.of("value instanceof $T || value instanceof $T", Integer.class, Long.class);
            case DOUBLE -> CodeBlock.of("value instanceof $T", Number.class);
            case BOOLEAN -> CodeBlock.of("value instanceof $T", Boolean.class);
            case ANY -> CodeBlock.of("true");
        };
    }

    /** The untyped value converted to the property's type; types go through $T so a nested String cannot capture them. */
    private static CodeBlock read(TypeRef.ScalarKind kind) {
        ClassName string = JavaTypes.STRING;
        return switch (kind) {
            case STRING -> CodeBlock.of("($T) value", string);
            case OFFSET_DATE_TIME -> CodeBlock.of("$T.parse(($T) value)", ClassName.get("java.time", "OffsetDateTime"), string);
            case LOCAL_DATE -> CodeBlock.of("$T.parse(($T) value)", ClassName.get("java.time", "LocalDate"), string);
            case OFFSET_TIME -> CodeBlock.of("$T.parse(($T) value)", ClassName.get("java.time", "OffsetTime"), string);
            case UUID -> CodeBlock.of("$T.fromString(($T) value)", ClassName.get("java.util", "UUID"), string);
            case URI -> CodeBlock.of("$T.create(($T) value)", ClassName.get("java.net", "URI"), string);
            case INTEGER -> CodeBlock.of("($T) value", Integer.class);
            case LONG -> CodeBlock.of("(($T) value).longValue()", Number.class);
            case DOUBLE -> CodeBlock.of("(($T) value).doubleValue()", Number.class);
            case BOOLEAN -> CodeBlock.of("($T) value", Boolean.class);
            case ANY -> CodeBlock.of("value");
        };
    }

    /** Writes the property named {@code ""}, which no {@code @JsonProperty} getter can name. */
    private static MethodSpec emptyNamedGetter(Property p) {
        ClassName collections = COLLECTIONS;
        return MethodSpec.methodBuilder("emptyNamedProperty")
                .addJavadoc("Jackson writes the property named \"\" from here.\n")
                .addAnnotation(ClassName.get(Annotations.JACKSON, "JsonAnyGetter"))
                .addModifiers(Modifier.PRIVATE)
                .returns(com.palantir.javapoet.ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, ClassName.get(Object.class)))
                .addStatement("return this.$N == null ? $T.emptyMap() : $T.singletonMap($S, this.$N)",
                        p.javaName(), collections, collections, "", p.javaName())
                .build();
    }

    /** The JSON name as error messages show it; the empty name shows as {@code ""}. */
    private static String displayName(Property p) {
        if (p.additional()) {
            return "(additional properties)";
        }
        return p.jsonName().isEmpty() ? "\"\"" : p.jsonName();
    }

    private static String getterName(Property p) {
        return "get" + Names.capitalize(p.javaName());
    }

    private static MethodSpec getter(Property p) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!p.description().isBlank()) {
            doc.add("$L\n\n", Javadocs.escape(p.description()));
        }
        if (p.additional()) {
            doc.add("<p>The JSON properties the schema allows besides the named ones, in JSON order (empty when there are"
                    + " none); Jackson writes them after the named ones.\n");
        } else {
            doc.add("<p>JSON property <code>$L</code>. ", Javadocs.escape(p.jsonName()));
        }
        doc.add(constraintsDoc(p));
        doc.add(p.additional() ? "" : !p.required() ? "Optional: {@code null} when absent.\n"
                : p.nullable() ? "Required, but the schema allows {@code null}.\n" : "Required: never {@code null}.\n");
        doc.add("\n@return the value");
        if (JavaTypes.isCollection(p.type())) {
            doc.add(" (unmodifiable)");
        }
        doc.add("\n");
        MethodSpec.Builder getter = MethodSpec.methodBuilder(getterName(p)).addJavadoc(doc.build());
        if (!p.jsonName().isEmpty()) {
            getter.addAnnotations(jsonAnnotations(p));
        } else if (p.additional()) {
            getter.addAnnotation(ClassName.get(Annotations.JACKSON, "JsonAnyGetter"));
        }
        return getter
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.of(p.type()))
                .addStatement("return $N", p.javaName())
                .build();
    }

    /**
     * The Jackson annotations of a named property's accessor (a getter, a record component): its JSON name,
     * and for a required property whose schema allows {@code null}, that it is written as {@code null} when
     * it is: leaving it out, as the class's {@code NON_NULL} does for the others, would write JSON its schema
     * rejects.
     */
    private static List<AnnotationSpec> jsonAnnotations(Property p) {
        AnnotationSpec name = Annotations.jsonProperty(p.jsonName());
        if (!p.required() || !p.nullable()) {
            return List.of(name);
        }
        return List.of(name, AnnotationSpec.builder(Annotations.JSON_INCLUDE)
                .addMember("value", "$T.Include.ALWAYS", Annotations.JSON_INCLUDE).build());
    }

    /** The Javadoc sentences on a value's validation keywords (documented) and non-string enum (checked). */
    static CodeBlock constraintsDoc(Property p) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!p.constraints().isEmpty()) {
            doc.add("Schema constraints (documented, not checked): <code>$L</code>.\n",
                    Javadocs.escape(String.join(", ", p.constraints().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).toList())));
        }
        if (!p.allowed().isEmpty()) {
            doc.add("One of <code>$L</code> (checked). ", Javadocs.escape(p.allowed().toString()));
        }
        return doc.build();
    }

    private static MethodSpec equalsMethod(ObjectType type, ClassName self) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", self)
                .addStatement("return false")
                .endControlFlow();
        if (type.properties().isEmpty()) {
            return m.addStatement("return true").build();
        }
        m.addStatement("$T that = ($T) other", self, self);
        // Conditions go in groups: javac overflows its stack on one && chain of a thousand terms.
        List<List<Property>> groups = groups(type.properties());
        for (int g = 0; g < groups.size(); g++) {
            CodeBlock.Builder condition = CodeBlock.builder();
            List<Property> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                condition.add(i == 0 ? "" : "\n&& ");
                condition.add("$T.equals(this.$N, that.$N)", OBJECTS, group.get(i).javaName(), group.get(i).javaName());
            }
            if (g == groups.size() - 1) {
                m.addStatement("return $L", condition.build());
            } else {
                m.beginControlFlow("if (!($L))", condition.build()).addStatement("return false").endControlFlow();
            }
        }
        return m.build();
    }

    /** How many terms one expression holds at most. */
    static final int GROUP = 50;

    static List<List<Property>> groups(List<Property> properties) {
        List<List<Property>> groups = new java.util.ArrayList<>();
        for (int i = 0; i < properties.size(); i += GROUP) {
            groups.add(properties.subList(i, Math.min(properties.size(), i + GROUP)));
        }
        return groups;
    }

    private static MethodSpec hashCodeMethod(ObjectType type) {
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < type.properties().size(); i++) {
            args.add(i == 0 ? "$N" : ", $N", type.properties().get(i).javaName());
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hash($L)", OBJECTS, args.build())
                .build();
    }

    private static MethodSpec toStringMethod(ObjectType type, ClassName self) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
                .addJavadoc("Sensitive properties print as {@code ***}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING);
        List<List<Property>> groups = groups(type.properties());
        if (groups.size() <= 1) {
            CodeBlock.Builder body = CodeBlock.builder().add("return $S", self.simpleName() + "[");
            appendParts(body, type.properties(), 0);
            body.add("\n+ $S", "]");
            return m.addStatement("$L", body.build()).build();
        }
        m.addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class, self.simpleName() + "[");
        int index = 0;
        for (List<Property> group : groups) {
            CodeBlock.Builder part = CodeBlock.builder().add("text.append(\"\"");
            appendParts(part, group, index);
            m.addStatement("$L)", part.build());
            index += group.size();
        }
        return m.addStatement("return text.append($S).toString()", "]").build();
    }

    /** {@code + "name=" + value} for each property; sensitive values print as {@code ***}. */
    private static void appendParts(CodeBlock.Builder body, List<Property> props, int firstIndex) {
        for (int i = 0; i < props.size(); i++) {
            Property p = props.get(i);
            String label = (firstIndex + i == 0 ? "" : ", ") + p.javaName() + "=";
            if (p.sensitive()) {
                body.add("\n+ $L + (this.$N == null ? $S : $S)", Literals.string(label), p.javaName(), "null", "***");
            } else {
                body.add("\n+ $L + this.$N", Literals.string(label), p.javaName());
            }
        }
    }

    private static TypeSpec builderType(ObjectType type, ClassName self, ClassName builder, boolean forRecord) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T}; {@link #build()} checks the required properties. Jackson fills it\n"
                        + "through the annotated setters when it reads JSON.\n", self)
                .addAnnotation(noAutoDetection())
                .addAnnotation(ignoreUnknown(type))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Property p : type.properties()) {
            FieldSpec.Builder field = FieldSpec.builder(JavaTypes.of(p.type()), p.javaName(), Modifier.PRIVATE);
            // default is the builder's initial value; an optional const property starts at its one value
            Object initial = p.defaultValue() != null ? p.defaultValue() : p.required() ? null : p.constant();
            if (initial != null) {
                field.initializer(literal(p, initial));
            }
            spec.addField(field.build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        for (Property p : type.properties()) {
            copy.addStatement("this.$N = source.$N", p.javaName(), p.javaName());
        }
        spec.addMethod(copy.build());
        for (Property p : type.properties()) {
            CodeBlock.Builder doc = CodeBlock.builder();
            if (!p.description().isBlank()) {
                doc.add("$L\n\n", Javadocs.escape(p.description()));
            }
            doc.add("<p>JSON property <code>$L</code>; $L.\n", Javadocs.escape(p.jsonName()),
                    p.required() ? "required" : "optional, {@code null} leaves it absent");
            if (JavaTypes.isCollection(p.type())) {
                doc.add("The collection is copied when {@link #build()} runs.\n");
            }
            doc.add("\n@param $N the value\n@return this builder\n", p.javaName());
            MethodSpec.Builder setter = MethodSpec.methodBuilder(p.javaName()).addJavadoc(doc.build());
            boolean readsAsList = p.type() instanceof TypeRef.SetOf;
            if (!p.jsonName().isEmpty() && !readsAsList) {
                setter.addAnnotation(Annotations.jsonProperty(p.jsonName()));
            }
            if (readsAsList && !p.jsonName().isEmpty()) {
                spec.addMethod(uniqueItemsSetter(type, p, builder));
            }
            spec.addMethod(setter
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(JavaTypes.of(p.type()), p.javaName())
                    .addStatement("this.$N = $N", p.javaName(), p.javaName())
                    .addStatement("return this")
                    .build());
        }
        Property emptyNamed = emptyNamed(type);
        if (type.closed() || emptyNamed != null) {
            spec.addMethod(otherProperty(type, emptyNamed));
        }
        type.properties().stream().filter(Property::additional).findFirst().ifPresent(p -> {
            spec.addField(FieldSpec.builder(JavaTypes.of(p.type()), ownMapField(type, p), Modifier.PRIVATE).build());
            spec.addMethod(additionalPropertySetter(type, p, builder));
        });
        spec.addMethod(forRecord ? recordBuildMethod(type, self) : buildMethod(type, self));
        return spec.build();
    }

    /**
     * Adds one additional property; Jackson calls it for every JSON property without a setter. The map is
     * copied before the first addition, so a map passed to the plain setter is never changed.
     */
    private static MethodSpec additionalPropertySetter(ObjectType type, Property p, ClassName builder) {
        TypeName value = JavaTypes.of(JavaTypes.elementOf(p.type()));
        String own = ownMapField(type, p);
        String name = p.javaName().equals("additionalProperties") ? "additionalProperty" : p.javaName() + "Entry";
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Adds a property the schema allows besides the named ones.\n\n@param name its JSON name\n"
                        + "@param value its value\n@return this builder\n")
                .addAnnotation(Annotations.JSON_ANY_SETTER)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(JavaTypes.STRING, "name")
                .addParameter(value, "value")
                .beginControlFlow("if (this.$N == null || this.$N != this.$N)", own, p.javaName(), own)
                .addStatement("this.$N = this.$N == null ? new $T<>() : new $T<>(this.$N)", own, p.javaName(),
                        LINKED_HASH_MAP, LINKED_HASH_MAP, p.javaName())
                .addStatement("this.$N = this.$N", p.javaName(), own)
                .endControlFlow()
                .addStatement("this.$N.put(name, value)", own)
                .addStatement("return this")
                .build();
    }

    /** The builder's own copy of the additional properties, which the any-setter adds to. */
    private static String ownMapField(ObjectType type, Property p) {
        return freeName(type, "own_" + p.javaName());
    }

    /** {@code wanted}, or it with {@code _} appended until no property's field or method has the name. */
    private static String freeName(ObjectType type, String wanted) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        type.properties().forEach(p -> taken.add(p.javaName()));
        String name = wanted;
        while (taken.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    /**
     * Jackson would read a {@code Set} into a {@code HashSet} and lose the order; this reads the JSON
     * array as a list, keeps its order, and rejects duplicates, which {@code uniqueItems} forbids.
     */
    private static MethodSpec uniqueItemsSetter(ObjectType type, Property p, ClassName builder) {
        TypeName item = JavaTypes.of(((TypeRef.SetOf) p.type()).item());
        TypeName list = ParameterizedTypeName.get(JavaTypes.LIST, item);
        return MethodSpec.methodBuilder(freeName(type, "read_" + p.javaName()))
                .addJavadoc("Reads the JSON array; duplicates are an error, as {@code uniqueItems} says.\n")
                .addAnnotation(Annotations.jsonProperty(p.jsonName()))
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(list, "items")
                .beginControlFlow("if (items == null)")
                .addStatement("this.$N = null", p.javaName())
                .addStatement("return this")
                .endControlFlow()
                .addStatement("this.$N = new $T<>(items)", p.javaName(), LINKED_HASH_SET)
                .beginControlFlow("if (this.$N.size() < items.size())", p.javaName())
                .addStatement("throw new $T($L)", IllegalArgumentException.class,
                        Literals.string("Cannot read " + p.jsonName() + ": the schema says uniqueItems, but items repeat"))
                .endControlFlow()
                .addStatement("return this")
                .build();
    }

    /** One kind of problem {@code build()} looks for: a condition and the name it reports, for each thing it looks at. */
    private record Check(String variable, String label, List<Map.Entry<CodeBlock, String>> items) {
        Check(String variable, String label, List<Property> properties, java.util.function.Function<Property, CodeBlock> failsWhen) {
            this(variable, label, items(properties, failsWhen));
        }

        /** One item per property: the condition under which it fails, and its name in the message. */
        static List<Map.Entry<CodeBlock, String>> items(List<Property> properties,
                java.util.function.Function<Property, CodeBlock> failsWhen) {
            return properties.stream().map(p -> Map.entry(failsWhen.apply(p), displayName(p))).toList();
        }
    }

    /** A record's builder passes its values to the canonical constructor, which does the checks. */
    private static MethodSpec recordBuildMethod(ObjectType type, ClassName self) {
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < type.properties().size(); i++) {
            args.add(i == 0 ? "this.$N" : ", this.$N", type.properties().get(i).javaName());
        }
        return MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the record; its constructor checks the required properties.\n\n"
                        + "@return the new record\n@throws IllegalStateException as the constructor says\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T($L)", self, args.build())
                .build();
    }

    private static MethodSpec buildMethod(ObjectType type, ClassName self) {
        return MethodSpec.methodBuilder("build")
                .addJavadoc("Checks the required properties and builds an immutable {@link $T}.\n\n"
                        + "@return the new object\n"
                        + "@throws IllegalStateException naming every required property that is missing or null,"
                        + " every collection that holds a null element and every property whose value is not the"
                        + " schema's const\n", self)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addCode(checks(type, self.simpleName(), "this."))
                .addStatement("return new $T(this)", self)
                .build();
    }

    /**
     * The statements that check a set of values and throw one {@code IllegalStateException} naming
     * every problem. {@code prefix} is how the values are reached: {@code "this."} for the builder's
     * fields, {@code ""} for a record's constructor parameters.
     */
    static CodeBlock checks(ObjectType type, String simpleName, String prefix) {
        List<Map.Entry<CodeBlock, String>> missing = new java.util.ArrayList<>(Check.items(type.nonNullProperties(),
                p -> CodeBlock.of("$L$N == null", prefix, p.javaName())));
        type.properties().stream().filter(Property::additional).findFirst().ifPresent(map -> type.requiredKeys().forEach(
                key -> missing.add(Map.entry(CodeBlock.of("$L$N == null || !$L$N.containsKey($L)", prefix, map.javaName(),
                        prefix, map.javaName(), Literals.string(key)), key))));
        List<Check> checks = new java.util.ArrayList<>(List.of(
                new Check("missing", "missing required properties ", missing),
                new Check("nullElements", "null elements in ", type.properties().stream()
                        .filter(p -> JavaTypes.isCollection(p.type()) && !JavaTypes.allowsNullElements(p.type()))
                        .toList(),
                        p -> CodeBlock.of("$L$N != null && $L$N$L.stream().anyMatch($T::isNull)", prefix, p.javaName(),
                                prefix, p.javaName(), p.type() instanceof TypeRef.MapOf ? ".values()" : "", OBJECTS)),
                new Check("notConst", "values other than the schema's const in ",
                        type.properties().stream().filter(p -> p.constant() != null).toList(),
                        p -> CodeBlock.of("$L$N != null && !$L$N.equals($L)", prefix, p.javaName(), prefix, p.javaName(),
                                literal(p, p.constant()))),
                new Check("notInEnum", "values outside the schema's enum in ",
                        type.properties().stream().filter(p -> !p.allowed().isEmpty()).toList(),
                        p -> CodeBlock.of("$L$N != null && !$T.of($L).contains($L$N)", prefix, p.javaName(), JavaTypes.LIST,
                                CodeBlock.join(p.allowed().stream().map(v -> literal(p, v)).toList(), ", "),
                                prefix, p.javaName()))));
        Map<String, Property> byJsonName = new java.util.HashMap<>();
        type.properties().forEach(p -> byJsonName.put(p.jsonName(), p));
        List<Property> dependents = type.dependentRequired().keySet().stream().map(byJsonName::get).toList();
        checks.add(new Check("missingDependencies", "dependentRequired not met for ", dependents, p -> {
            CodeBlock.Builder condition = CodeBlock.builder().add("$L$N != null && (", prefix, p.javaName());
            List<String> needed = type.dependentRequired().get(p.jsonName());
            for (int i = 0; i < needed.size(); i++) {
                condition.add(i == 0 ? "$L$N == null" : " || $L$N == null", prefix, byJsonName.get(needed.get(i)).javaName());
            }
            return condition.add(")").build();
        }));
        for (int i = 0; i < type.conditionals().size(); i++) {
            Conditional c = type.conditionals().get(i);
            CodeBlock holds = condition(c, byJsonName, prefix);
            checks.add(new Check("missingWhen" + (i + 1), "missing properties required when " + c.condition() + ": ",
                    c.thenRequired().stream().map(byJsonName::get).toList(),
                    p -> CodeBlock.of("$L$N == null && $L", prefix, p.javaName(), holds)));
            checks.add(new Check("missingUnless" + (i + 1), "missing properties required unless " + c.condition() + ": ",
                    c.elseRequired().stream().map(byJsonName::get).toList(),
                    p -> CodeBlock.of("$L$N == null && !$L", prefix, p.javaName(), holds)));
        }
        CodeBlock.Builder code = CodeBlock.builder();
        List<Check> used = checks.stream().filter(c -> !c.items().isEmpty()).toList();
        if (used.isEmpty()) {
            return code.build();
        }
        CodeBlock.Builder any = CodeBlock.builder();
        // a record's checks see its components by their bare names: locals take names no property has
        String problems = freeName(type, "problems");
        Map<Check, String> names = new java.util.IdentityHashMap<>();
        used.forEach(check -> names.put(check, freeName(type, check.variable())));
        for (Check check : used) {
            code.addStatement("$T<$T> $N = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, names.get(check), ARRAY_LIST);
            for (Map.Entry<CodeBlock, String> item : check.items()) {
                code.beginControlFlow("if ($L)", item.getKey())
                        .addStatement("$N.add($L)", names.get(check), Literals.string(item.getValue()))
                        .endControlFlow();
            }
            any.add(any.isEmpty() ? "!$N.isEmpty()" : " || !$N.isEmpty()", names.get(check));
        }
        code.beginControlFlow("if ($L)", any.build())
                .addStatement("$T $N = new $T()", StringBuilder.class, problems, StringBuilder.class);
        for (Check check : used) {
            code.beginControlFlow("if (!$N.isEmpty())", names.get(check))
                    .addStatement("$N.append($N.length() == 0 ? $S : $S).append($L).append($N)",
                            problems, problems, "", "; ", Literals.string(check.label()), names.get(check))
                    .endControlFlow();
        }
        return code.addStatement("throw new $T($S + $N)", IllegalStateException.class, "Cannot build " + simpleName + ": ", problems)
                .endControlFlow()
                .build();
    }

    /** A parenthesized Java expression that is true when every test of an {@code if} holds. */
    private static CodeBlock condition(Conditional c, Map<String, Property> byJsonName, String prefix) {
        List<CodeBlock> terms = new java.util.ArrayList<>();
        for (Conditional.Test test : c.tests()) {
            Property p = byJsonName.get(test.jsonName());
            if (test.value() == null) {
                terms.add(CodeBlock.of("$L$N != null", prefix, p.javaName()));
            } else {
                terms.add(CodeBlock.of("($L$N == null ? $L : $L$N.equals($L))", prefix, p.javaName(),
                        !test.mustBePresent(), prefix, p.javaName(), literal(p, test.value())));
            }
        }
        return CodeBlock.of("($L)", CodeBlock.join(terms, " && "));
    }

    /** A Java expression for the value of a {@code const} or {@code default}. */
    private static CodeBlock literal(Property p, Object value) {
        if (value instanceof String text) {
            return Literals.string(text);
        } else if (value instanceof Long n) {
            return CodeBlock.of("$LL", n);
        } else if (value instanceof Integer n) {
            return CodeBlock.of("$L", n);
        } else if (value instanceof Double d) {
            return CodeBlock.of("$Ld", Double.toString(d));
        } else if (value instanceof Boolean b) {
            return CodeBlock.of("$L", b);
        } else if (value instanceof dev.schemapojo.core.model.Modeller.EnumValue e) {
            return CodeBlock.of("$T.fromValue($L)", JavaTypes.of(p.type()), Literals.string(e.json()));
        }
        throw new IllegalArgumentException("no literal for " + value);
    }
}
