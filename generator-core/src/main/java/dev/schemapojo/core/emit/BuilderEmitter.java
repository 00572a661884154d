package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.emit.ChecksEmitter.Subject;
import dev.schemapojo.core.emit.Slots.Slot;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.naming.NameScope;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder} of an object type: a field and a setter per property (carrying the JSON
 * names, so Jackson fills the builder when it reads JSON), the any-setter of the additional
 * properties, the readers that JSON needs where a setter cannot serve ({@code uniqueItems}, the
 * property named {@code ""}, unknown properties of a closed type), and {@code build()}, which runs the
 * checks ({@link ChecksEmitter}) for a class and passes the values to the canonical constructor for a
 * record.
 */
final class BuilderEmitter {
    private BuilderEmitter() {}

    /**
     * {@code builder()} and {@code toBuilder()}. A builder made in code starts at the schema's defaults (and
     * the const of an optional property); the one Jackson fills starts empty, so JSON read without a
     * property is written back without it.
     */
    static void addEntryPoints(TypeSpec.Builder spec, ClassName builder, String what, ObjectType type) {
        List<Property> properties = type.properties();
        MethodSpec.Builder start = MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder);
        List<Property> initialised = properties.stream().filter(p -> p.initialValue() != null).toList();
        if (initialised.isEmpty()) {
            start.addJavadoc("A builder with no property set.\n\n@return a new builder\n").addStatement("return new $T()", builder);
        } else {
            start.addJavadoc("A builder with no property set but those the schema gives a default (or a const) to:\n$L.\n\n"
                    + "@return a new builder\n",
                    String.join(", ", initialised.stream().map(p -> Javadocs.code(p.jsonName())).toList()))
                    .addStatement("$T builder = new $T()", builder, builder);
            Map<String, String> presence = Presence.of(type);
            for (Property p : initialised) {
                start.addStatement("builder.$N = $L", p.javaName(), Literals.of(p.initialValue(), p.type()));
                if (presence.containsKey(p.javaName())) {
                    start.addStatement("builder.$N = true", presence.get(p.javaName()));
                }
            }
            start.addStatement("return builder");
        }
        spec.addMethod(start.build());
        spec.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder initialised with this $L's values.\n\n@return a new builder\n", what)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
    }

    static TypeSpec emit(ObjectType type, ClassName self, ClassName builder, boolean assertFormats) {
        JsonRuleEmitter rules = new JsonRuleEmitter();
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T}; {@link #build()} checks the required properties. Jackson fills it\n"
                        + "through the annotated setters when it reads JSON.\n", self)
                .addAnnotation(Annotations.noAutoDetection())
                .addAnnotation(Annotations.ignoreUnknown(type.rejectsUnknown()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (Property p : type.properties()) {
            spec.addField(FieldSpec.builder(JavaTypes.of(p.type()), p.javaName(), Modifier.PRIVATE).build());
        }
        Map<String, String> presence = Presence.of(type);
        for (String has : presence.values()) {
            spec.addField(FieldSpec.builder(TypeName.BOOLEAN, has, Modifier.PRIVATE).build());
        }
        AdditionalProperties map = type.additional();
        if (map != null) {
            spec.addField(FieldSpec.builder(JavaTypes.of(map.type()), map.javaName(), Modifier.PRIVATE).build());
        }
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        // the copies as one piece of text (ChecksEmitter.text)
        StringBuilder copies = new StringBuilder();
        for (Slot field : Slots.of(type)) {
            copies.append("this.").append(field.javaName()).append(" = source.").append(field.javaName()).append(";\n");
        }
        for (String has : presence.values()) {
            copies.append("this.").append(has).append(" = source.").append(has).append(";\n");
        }
        copy.addCode("$L", copies.toString());
        spec.addMethod(copy.build());
        NameScope members = new NameScope(NameScope.Numbering.UNDERSCORES, false, Presence.fieldNames(type, presence));
        if (type.form() == ObjectType.Form.CLASS) {
            WrongKindReaders.add(spec, type.name().simpleName(), WrongKindReaders.Kind.OBJECT, builder, members);
        }
        String notRead = type.properties().stream().anyMatch(p -> JsonScalars.isStrict(p) && !p.jsonName().isEmpty())
                || JsonScalars.strictKind(type.additional()) != null || !type.forbidden().isEmpty() ? members.allocate("notRead") : null;
        JsonScalars.Converters converters = null;
        String describe = null;
        String unread = null;
        if (notRead != null) {
            describe = members.allocate("describeJson");
            unread = members.allocate("notReadNames");
            addNotRead(spec, builder, notRead, unread, describe);
            converters = new JsonScalars.Converters(describe, assertFormats ? rules.formats() : null);
        }
        for (String name : type.forbidden()) {
            String pointer = ChecksEmitter.memberPointer(name);
            spec.addMethod(MethodSpec.methodBuilder(members.allocate("forbid" + Names.capitalize(Names.lowerCamel(name))))
                    .addJavadoc("Used by Jackson to read JSON property $L, whose schema is false: it is refused.\n",
                            Javadocs.code(name))
                    .addAnnotation(Annotations.jsonProperty(name))
                    .addModifiers(Modifier.PRIVATE)
                    .returns(builder)
                    .addParameter(Object.class, "json")
                    .addStatement("return $N(null, $T.of($L))", notRead, JavaTypes.LIST,
                            Literals.string(pointer + ": no value is valid here (the schema is false)"))
                    .build());
        }
        for (Property p : type.properties()) {
            boolean readsAsList = p.type() instanceof TypeRef.SetOf;
            String has = presence.get(p.javaName());
            if (readsAsList && !p.jsonName().isEmpty()) {
                spec.addMethod(uniqueItemsReader(p, builder, members, has));
            }
            boolean strict = notRead != null && JsonScalars.isStrict(p) && !p.jsonName().isEmpty();
            if (strict) {
                spec.addMethod(strictReader(p, builder, members, notRead, converters, describe));
            }
            spec.addMethod(setter(p.javaName(), p.type(), p.description(), p.jsonName(), p.required(), builder,
                    !p.jsonName().isEmpty() && !readsAsList && !strict, has));
        }
        if (map != null) {
            spec.addMethod(setter(map.javaName(), map.type(), "", null, false, builder, false, null));
        }
        Property emptyNamed = ObjectClassEmitter.emptyNamed(type);
        String rejection = unknownRejection(type);
        String rejected = rejection == null ? null : members.allocate("unknownProperty");
        if (rejected != null) {
            spec.addField(FieldSpec.builder(JavaTypes.STRING, rejected, Modifier.PRIVATE)
                    .addJavadoc("The first JSON member the schema does not allow; {@link #build()} rejects it.\n")
                    .build());
        }
        if ((type.rejectsUnknown() && map == null) || emptyNamed != null) {
            spec.addMethod(otherProperty(type, emptyNamed, rejected));
        }
        if (map != null) {
            String own = members.free("own_" + map.javaName());
            spec.addField(FieldSpec.builder(JavaTypes.of(map.type()), own, Modifier.PRIVATE).build());
            String names = map.keyPatterns().isEmpty() ? null : members.allocate("ADDITIONAL_PROPERTY_NAMES");
            if (names != null) {
                spec.addField(FieldSpec.builder(Pattern.class, names, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The names the schema's patternProperties allow; it allows no other additional ones.\n")
                        .initializer("$T.compile($L)", Pattern.class, Literals.string(String.join("|",
                                map.keyPatterns().stream().map(p -> "(?:" + p + ")").toList())))
                        .build());
            }
            TypeRef.ScalarKind strict = JsonScalars.strictKind(map);
            MethodSpec adder = additionalPropertySetter(type, map, own, names, builder, rejection, strict == null);
            spec.addMethod(adder);
            if (strict != null) {
                spec.addMethod(MethodSpec.methodBuilder(members.allocate("jsonAdditional"))
                        .addJavadoc("Used by Jackson to read the other JSON properties: $L only, as the schema says.\n",
                                JsonScalars.expected(strict))
                        .addAnnotation(Annotations.JSON_ANY_SETTER)
                        .addModifiers(Modifier.PRIVATE)
                        .returns(builder)
                        .addParameter(JavaTypes.STRING, "name")
                        .addParameter(Object.class, "json")
                        .beginControlFlow("if (json == null)")
                        .addStatement("return $N(name, null)", adder)
                        .endControlFlow()
                        .addStatement("$T<$T> problems = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, CopyHelpers.ARRAY_LIST)
                        .addStatement("$T value = $L", JavaTypes.of(map.valueType()), converters.convert(map.valueType(), "json",
                                "\"/\" + name.replace(\"~\", \"~0\").replace(\"/\", \"~1\")"))
                        .addStatement("return problems.isEmpty() ? $N(name, value) : $N(null, problems)", adder, notRead)
                        .build());
            }
            if (names != null) {
                spec.addMethod(patternedPropertyReader(map, names, rejected, adder, members));
            }
        }
        if (converters != null) {
            spec.addMethods(converters.methods());
        }
        List<MethodSpec> checkParts = new ArrayList<>();
        spec.addMethod(type.form() == ObjectType.Form.RECORD ? recordBuildMethod(type, self, notRead)
                : buildMethod(type, self, rejected, rejection, rules, notRead, unread, checkParts));
        spec.addMethods(checkParts);
        rules.addTo(spec);
        return spec.build();
    }

    /**
     * The field that collects the JSON members read of the wrong kind (for {@code build()} to report), the
     * method that notes one, and the helper that says what JSON is.
     */
    private static void addNotRead(TypeSpec.Builder spec, ClassName builder, String notRead, String names, String describe) {
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING), notRead, Modifier.PRIVATE)
                .addJavadoc("The problems of the JSON members read that are not of the kind their schema says; {@link #build()}"
                        + " rejects them.\n")
                .build());
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.SET, JavaTypes.STRING), names, Modifier.PRIVATE)
                .addJavadoc("The names of those members: present, so not missing.\n")
                .build());
        spec.addMethod(MethodSpec.methodBuilder(notRead).addModifiers(Modifier.PRIVATE).returns(builder)
                .addJavadoc("Notes a JSON member of the wrong kind (its name, null for none) for {@link #build()} to report.\n")
                .addParameter(JavaTypes.STRING, "name")
                .addParameter(ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING), "problems")
                .beginControlFlow("if (this.$N == null)", notRead)
                .addStatement("this.$N = new $T<>()", notRead, CopyHelpers.ARRAY_LIST)
                .addStatement("this.$N = new $T<>()", names, java.util.HashSet.class)
                .endControlFlow()
                .addStatement("this.$N.addAll(problems)", notRead)
                .beginControlFlow("if (name != null)")
                .addStatement("this.$N.add(name)", names)
                .endControlFlow()
                .addStatement("return this")
                .build());
        spec.addMethod(JsonScalars.describe(describe));
    }

    /**
     * The setter Jackson reads a property of strings, integers, numbers or booleans (or lists and maps of
     * them) through with {@code constraints=check}: it takes the JSON as it is and converts it only when it
     * is of the right kind (see {@link JsonScalars}), else notes the problems for {@code build()}.
     */
    private static MethodSpec strictReader(Property p, ClassName builder, NameScope members, String notRead,
            JsonScalars.Converters converters, String describe) {
        MethodSpec.Builder reader = MethodSpec.methodBuilder(members.allocate("json" + Names.capitalize(p.javaName())))
                .addJavadoc("Used by Jackson to read JSON property $L: only JSON of the kinds its schema says.\n",
                        Javadocs.code(p.jsonName()))
                .addAnnotation(Annotations.jsonProperty(p.jsonName()))
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(Object.class, "json")
                .beginControlFlow("if (json == null)")
                .addStatement("return $N(null)", p.javaName())
                .endControlFlow();
        String pointer = ChecksEmitter.memberPointer(p.jsonName());
        TypeRef.ScalarKind scalar = JsonScalars.scalarOf(p.type());
        if (scalar != null) {
            // one value: converted in place, a problem list only when it is of the wrong kind
            return reader.addCode(converters.read(scalar, "json", v -> CodeBlock.of("return $N($L);\n", p.javaName(), v)))
                    .addStatement("return $N($L, $T.of($L))", notRead, Literals.string(p.jsonName()), JavaTypes.LIST,
                            JsonScalars.wrongKind(scalar, "json", pointer, describe))
                    .build();
        }
        return reader.addStatement("$T<$T> problems = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, CopyHelpers.ARRAY_LIST)
                .addStatement("$T value = $L", JavaTypes.of(p.type()), converters.convert(p.type(), "json",
                        Literals.string(pointer).toString()))
                .addStatement("return problems.isEmpty() ? $N(value) : $N($L, problems)", p.javaName(), notRead, Literals.string(p.jsonName()))
                .build();
    }

    /**
     * @param jsonName the property's JSON name, or null for the setter of the additional properties' map
     * @param has the presence field of a property whose schema allows null, or null: calling the setter makes it present
     */
    private static MethodSpec setter(String javaName, TypeRef type, String description, String jsonName, boolean required,
            ClassName builder, boolean annotated, String has) {
        // comment and body as few pieces of text as JavaPoet can take them (ChecksEmitter.text)
        StringBuilder doc = new StringBuilder();
        if (!description.isBlank()) {
            doc.append(Javadocs.escape(description)).append("\n\n");
        }
        if (jsonName == null) {
            doc.append("<p>The JSON properties besides the named ones; {@code null} for none.\n");
        } else {
            doc.append("<p>JSON property ").append(Javadocs.code(jsonName)).append("; ")
                    .append(has != null ? (required ? "required" : "optional") + "; the schema allows {@code null}, so calling this\nwith"
                            + " {@code null} sets the property to JSON {@code null} (not calling it leaves it absent)"
                            : required ? "required" : "optional, {@code null} leaves it absent").append(".\n");
        }
        if (JavaTypes.isCollection(type)) {
            doc.append("The collection is copied when {@link #build()} runs.\n");
        }
        doc.append("\n@param ").append(javaName).append(" the value\n@return this builder\n");
        MethodSpec.Builder setter = MethodSpec.methodBuilder(javaName).addJavadoc("$L", doc.toString());
        if (annotated) {
            setter.addAnnotation(Annotations.jsonProperty(jsonName));
        }
        return setter
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(JavaTypes.of(type), javaName)
                .addCode("$L", "this." + javaName + " = " + javaName + ";\n" + (has == null ? "" : "this." + has + " = true;\n")
                        + "return this;\n")
                .build();
    }

    /**
     * Receives the JSON properties that no setter takes: the property named {@code ""} (which
     * {@code @JsonProperty} cannot name), and, when the schema says {@code additionalProperties: false},
     * any other, which is rejected.
     */
    /**
     * Why reading rejects a member the class does not name, as the end of the message ("... unknown property
     * "x" (why)"), or null when it keeps or ignores them. Reading notes the member and {@code build()}
     * rejects it, so a union can try this class among its variants without the read failing at once.
     */
    private static String unknownRejection(ObjectType type) {
        AdditionalProperties map = type.additional();
        if (map != null) {
            return map.keyPatterns().isEmpty() ? null
                    : "the schema allows no additional properties but those its patternProperties match";
        }
        if (!type.rejectsUnknown()) {
            return null;
        }
        return type.closed() ? "the schema allows no additional properties"
                : "the schema does not name it, and unknownProperties is fail";
    }

    /** {@code Cannot read X: unknown property "} + name + {@code " (why)}. */
    private static CodeBlock unknownMessage(ObjectType type, String why, String name) {
        return CodeBlock.of("$L + $L + $L", Literals.string("Cannot read " + type.name().simpleName() + ": unknown property \""),
                name, Literals.string("\" (" + why + ")"));
    }

    /**
     * Jackson's any-setter beside a patternProperties map: a name a pattern finds goes into the map, another
     * is noted for {@code build()} to reject.
     */
    private static MethodSpec patternedPropertyReader(AdditionalProperties map, String names, String rejected,
            MethodSpec adder, NameScope members) {
        return MethodSpec.methodBuilder(members.allocate("readAdditionalProperty"))
                .addJavadoc("Jackson passes the JSON properties here that no setter takes.\n")
                .addAnnotation(Annotations.JSON_ANY_SETTER)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(JavaTypes.STRING, "name")
                .addParameter(JavaTypes.of(map.valueType()), "value")
                .beginControlFlow("if ($N.matcher(name).find())", names)
                .addStatement("$N(name, value)", adder)
                .nextControlFlow("else if (this.$N == null)", rejected)
                .addStatement("this.$N = name", rejected)
                .endControlFlow()
                .build();
    }

    private static MethodSpec otherProperty(ObjectType type, Property emptyNamed, String rejected) {
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
                                    + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", not "))
                    .endControlFlow();
        }
        if (rejected != null) {
            m.beginControlFlow("if (this.$N == null)", rejected)
                    .addStatement("this.$N = name", rejected)
                    .endControlFlow();
        }
        return m.build();
    }

    /** Whether the untyped value Jackson read for the {@code ""} property has the property's type. */
    private static CodeBlock accepts(TypeRef.ScalarKind kind) {
        ClassName string = JavaTypes.STRING;
        return switch (kind) {
            case STRING, OFFSET_DATE_TIME, LOCAL_DATE, OFFSET_TIME, UUID, URI, URI_REFERENCE, IRI, IRI_REFERENCE ->
                    CodeBlock.of("value instanceof $T", string);
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
            case URI, URI_REFERENCE, IRI, IRI_REFERENCE -> CodeBlock.of("$T.create(($T) value)", ClassName.get("java.net", "URI"), string);
            case INTEGER -> CodeBlock.of("($T) value", Integer.class);
            case LONG -> CodeBlock.of("(($T) value).longValue()", Number.class);
            case DOUBLE -> CodeBlock.of("(($T) value).doubleValue()", Number.class);
            case BOOLEAN -> CodeBlock.of("($T) value", Boolean.class);
            case ANY -> CodeBlock.of("value");
        };
    }

    /**
     * Adds one additional property; Jackson calls it for every JSON property without a setter. The map is
     * copied before the first addition, so a map passed to the plain setter is never changed.
     */
    private static MethodSpec additionalPropertySetter(ObjectType type, AdditionalProperties map, String own, String names,
            ClassName builder, String rejection, boolean jacksonReads) {
        TypeName value = JavaTypes.of(map.valueType());
        String name = map.javaName().equals("additionalProperties") ? "additionalProperty" : map.javaName() + "Entry";
        MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                .addJavadoc("Adds a property the schema allows besides the named ones.\n\n@param name its JSON name$L\n"
                        + "@param value its value\n@return this builder\n$L", names == null ? "" : ", which one of the"
                                + " schema's patternProperties patterns must find",
                        names == null ? "" : "@throws IllegalArgumentException when no pattern finds the name\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(JavaTypes.STRING, "name")
                .addParameter(value, "value");
        if (names == null && jacksonReads) {
            m.addAnnotation(Annotations.JSON_ANY_SETTER);
        } else if (names != null) {
            m.beginControlFlow("if (!$N.matcher(name).find())", names)
                    .addStatement("throw new $T($L)", IllegalArgumentException.class, unknownMessage(type, rejection, "name"))
                    .endControlFlow();
        }
        return m.beginControlFlow("if (this.$N == null || this.$N != this.$N)", own, map.javaName(), own)
                .addStatement("this.$N = this.$N == null ? new $T<>() : new $T<>(this.$N)", own, map.javaName(),
                        CopyHelpers.LINKED_HASH_MAP, CopyHelpers.LINKED_HASH_MAP, map.javaName())
                .addStatement("this.$N = this.$N", map.javaName(), own)
                .endControlFlow()
                .addStatement("this.$N.put(name, value)", own)
                .addStatement("return this")
                .build();
    }

    /**
     * Jackson would read a {@code Set} into a {@code HashSet} and lose the order; this reads the JSON
     * array as a list, keeps its order, and rejects duplicates, which {@code uniqueItems} forbids.
     */
    private static MethodSpec uniqueItemsReader(Property p, ClassName builder, NameScope members, String has) {
        TypeName item = JavaTypes.of(((TypeRef.SetOf) p.type()).item());
        TypeName list = ParameterizedTypeName.get(JavaTypes.LIST, item);
        return MethodSpec.methodBuilder(members.free("read_" + p.javaName()))
                .addJavadoc("Reads the JSON array; duplicates are an error, as {@code uniqueItems} says.\n")
                .addAnnotation(Annotations.jsonProperty(p.jsonName()))
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(list, "items")
                .addCode(has == null ? CodeBlock.of("") : CodeBlock.of("this.$N = true;\n", has))
                .beginControlFlow("if (items == null)")
                .addStatement("this.$N = null", p.javaName())
                .addStatement("return this")
                .endControlFlow()
                .addStatement("this.$N = new $T<>(items)", p.javaName(), CopyHelpers.LINKED_HASH_SET)
                .beginControlFlow("if (this.$N.size() < items.size())", p.javaName())
                .addStatement("throw new $T($L)", IllegalArgumentException.class,
                        Literals.string("Cannot read " + p.jsonName() + ": the schema says uniqueItems, but items repeat"))
                .endControlFlow()
                .addStatement("return this")
                .build();
    }

    /** A record's builder passes its values to the canonical constructor, which does the checks. */
    private static MethodSpec recordBuildMethod(ObjectType type, ClassName self, String notRead) {
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < type.properties().size(); i++) {
            args.add(i == 0 ? "this.$N" : ", this.$N", type.properties().get(i).javaName());
        }
        CodeBlock wrongKinds = notRead == null ? CodeBlock.of("") : CodeBlock.builder()
                .beginControlFlow("if (this.$N != null)", notRead)
                .addStatement("throw new $T($S + $T.join($S, this.$N))", IllegalStateException.class,
                        "Cannot build " + self.simpleName() + ": ", String.class, "; ", notRead)
                .endControlFlow()
                .build();
        return MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the record; its constructor checks the required properties.\n\n"
                        + "@return the new record\n@throws IllegalStateException as the constructor says\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addCode(wrongKinds)
                .addStatement("return new $T($L)", self, args.build())
                .build();
    }

    private static MethodSpec buildMethod(ObjectType type, ClassName self, String rejected, String rejection,
            JsonRuleEmitter rules, String notRead, String unread, List<MethodSpec> checkParts) {
        CodeBlock unknown = rejected == null ? CodeBlock.of("") : CodeBlock.builder()
                .beginControlFlow("if (this.$N != null)", rejected)
                .addStatement("throw new $T($L)", IllegalStateException.class, unknownMessage(type, rejection, "this." + rejected))
                .endControlFlow()
                .build();
        return MethodSpec.methodBuilder("build")
                .addJavadoc("Checks the required properties and builds an immutable {@link $T}.\n\n"
                        + "@return the new object\n" + ChecksEmitter.THROWS, self)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addCode(unknown)
                .addCode(ChecksEmitter.checks(Subject.of(type).notRead(notRead, unread), self.simpleName(), "this.", rules, checkParts))
                .addStatement("return new $T(this)", self)
                .build();
    }
}
