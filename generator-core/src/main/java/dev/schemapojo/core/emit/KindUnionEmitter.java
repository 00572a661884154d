package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.ir.ValueType.Alternative;
import dev.schemapojo.core.ir.ValueType.Kind;
import dev.schemapojo.core.naming.NameScope;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits a union of JSON kinds ({@link ValueType#alternatives()}: a string or an object, a string or an
 * array, scalars of several types) as a final class holding one value. Jackson reads it through one
 * creator per JSON token (a string, an {@code int}, a {@code long}, a {@code double}, a boolean, an array,
 * an object), so each kind is read as its own Java type and the object branch as its class; a kind the
 * union does not allow fails with a message that lists those it does. {@code of(...)} has one overload per
 * kind, {@code isString()} / {@code asString()} and so on tell and give the held kind, and
 * {@code @JsonValue getValue()} writes it back as it was read.
 */
final class KindUnionEmitter {
    private KindUnionEmitter() {}

    private static final AnnotationSpec UNCHECKED = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked").build();

    static TypeSpec.Builder emit(ValueType type) {
        ClassName self = JavaTypes.className(type.name());
        Map<Kind, Alternative> byKind = new EnumMap<>(Kind.class);
        type.alternatives().forEach(a -> byKind.put(a.kind(), a));
        String kinds = String.join(", ", type.alternatives().stream().map(a -> article(a.kind())).toList());
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(Javadocs.header(type).add(": $L\n\n<p>It holds $L.\n", Javadocs.escape(type.note()), kinds).build())
                .addAnnotation(Annotations.generated())
                .addField(Object.class, "value", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(Object.class, "value")
                        .beginControlFlow("if (value == null)")
                        .addStatement("throw new $T($S)", IllegalStateException.class,
                                "Cannot build " + self.simpleName() + ": the value is null")
                        .endControlFlow()
                        .addStatement("this.value = value")
                        .build());
        List<MethodSpec> helpers = new ArrayList<>();
        for (Alternative a : type.alternatives()) {
            TypeName javaType = JavaTypes.of(a.type());
            spec.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                    .addJavadoc("The value as $L.\n\n@param value the value (not {@code null}$L)\n@return the $L\n"
                            + "@throws IllegalStateException when the value is {@code null}\n", article(a.kind()),
                            JavaTypes.isCollection(a.type()) ? ", copied unmodifiable" : "", self.simpleName())
                    .addParameter(javaType, "value")
                    .addStatement("return new $T($L)", self, CopyHelpers.copyOf(a.type(), "value", "copyValue", helpers))
                    .build());
        }
        spec.addMethods(helpers.stream().distinct().toList());
        spec.addMethod(MethodSpec.methodBuilder("getValue").addModifiers(Modifier.PUBLIC).returns(Object.class)
                .addJavadoc("The value Jackson writes as the JSON: $L.\n\n@return the value, never {@code null}\n", kinds)
                .addAnnotation(Annotations.JSON_VALUE)
                .addStatement("return value")
                .build());
        for (Alternative a : type.alternatives()) {
            addAccessors(spec, self, a);
        }
        CodeBlock.Builder held = CodeBlock.builder();
        for (Alternative a : type.alternatives()) {
            held.add("value instanceof $T ? $S : ", raw(JavaTypes.of(a.type())), article(a.kind()));
        }
        spec.addMethod(MethodSpec.methodBuilder("heldKind").addModifiers(Modifier.PRIVATE).returns(JavaTypes.STRING)
                .addJavadoc("What the value is, for messages.\n")
                .addStatement("return $L$S", held.build(), "a value")
                .build());
        addReaders(spec, self, byKind, kinds);
        spec.addMethods(ValueMethods.valueEquality(self, "value"));
        spec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING)
                .addStatement("return $S + value + $S", self.simpleName() + "[", "]")
                .build());
        return spec;
    }

    /** {@code isString()} and {@code asString()} for one kind. */
    private static void addAccessors(TypeSpec.Builder spec, ClassName self, Alternative a) {
        String word = word(a.kind());
        TypeName javaType = JavaTypes.of(a.type());
        TypeName raw = raw(javaType);
        spec.addMethod(MethodSpec.methodBuilder("is" + word).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addJavadoc("@return whether the value is $L\n", article(a.kind()))
                .addStatement("return value instanceof $T", raw)
                .build());
        MethodSpec.Builder as = MethodSpec.methodBuilder("as" + word).addModifiers(Modifier.PUBLIC).returns(javaType)
                .addJavadoc("@return the value as $L\n@throws IllegalStateException when it is of another kind\n", article(a.kind()))
                .beginControlFlow("if (!(value instanceof $T))", raw)
                .addStatement("throw new $T($S + heldKind() + $S)", IllegalStateException.class,
                        self.simpleName() + " holds ", ", not " + article(a.kind()))
                .endControlFlow()
                .addStatement("return ($T) value", javaType);
        if (javaType instanceof ParameterizedTypeName) {
            as.addAnnotation(UNCHECKED);
        }
        spec.addMethod(as.build());
    }

    /**
     * One Jackson creator per JSON token. A JSON integer is an integer, else a number; a number with a
     * fraction of zero ({@code 2.0}) is an integer when the union has no number kind.
     */
    private static void addReaders(TypeSpec.Builder spec, ClassName self, Map<Kind, Alternative> byKind, String kinds) {
        NameScope members = new NameScope(NameScope.Numbering.UNDERSCORES, false, List.of("value", "of", "getValue", "heldKind"));
        String fail = WrongKindReaders.failure(spec, self.simpleName(), "JSON that is one of: " + kinds, members);
        TypeName object = ClassName.get(Object.class);
        reader(spec, members, self, fail, "jsonString", TypeName.get(String.class), "a string",
                byKind.containsKey(Kind.STRING) ? CodeBlock.of("json") : null);
        boolean integer = byKind.containsKey(Kind.INTEGER);
        boolean number = byKind.containsKey(Kind.NUMBER);
        reader(spec, members, self, fail, "jsonInt", TypeName.INT, "a number",
                integer ? CodeBlock.of("(long) json") : number ? CodeBlock.of("(double) json") : null);
        reader(spec, members, self, fail, "jsonLong", TypeName.LONG, "a number",
                integer ? CodeBlock.of("json") : number ? CodeBlock.of("(double) json") : null);
        if (number || !integer) {
            reader(spec, members, self, fail, "jsonDouble", TypeName.DOUBLE, "a number", number ? CodeBlock.of("json") : null);
        } else {
            spec.addMethod(MethodSpec.methodBuilder(members.allocate("jsonDouble"))
                    .addJavadoc("JSON Schema counts a number with a fraction of zero ({@code 2.0}) as an integer.\n")
                    .addAnnotation(Annotations.delegatingCreator())
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(self)
                    .addParameter(TypeName.DOUBLE, "json")
                    .beginControlFlow("if (json != Math.rint(json) || Math.abs(json) > 9.007199254740992E15)")
                    .addStatement("throw $N($S + json)", fail, "the number ")
                    .endControlFlow()
                    .addStatement("return of((long) json)")
                    .build());
        }
        reader(spec, members, self, fail, "jsonBoolean", TypeName.BOOLEAN, "a boolean",
                byKind.containsKey(Kind.BOOLEAN) ? CodeBlock.of("json") : null);
        Alternative array = byKind.get(Kind.ARRAY);
        reader(spec, members, self, fail, "jsonArray", array != null ? JavaTypes.of(array.type())
                : ParameterizedTypeName.get(JavaTypes.LIST, object), "an array", array != null ? CodeBlock.of("json") : null);
        Alternative map = byKind.get(Kind.OBJECT);
        reader(spec, members, self, fail, "jsonObject", map != null ? JavaTypes.of(map.type())
                : ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, object), "an object", map != null ? CodeBlock.of("json") : null);
    }

    /** A creator that reads {@code of(value)}, or, with a null value, throws that the union has no such kind. */
    private static void reader(TypeSpec.Builder spec, NameScope members, ClassName self, String fail, String name,
            TypeName type, String what, CodeBlock value) {
        if (value == null) {
            spec.addMethod(WrongKindReaders.throwing(members.allocate(name), type, what, self, fail));
            return;
        }
        spec.addMethod(MethodSpec.methodBuilder(members.allocate(name))
                .addAnnotation(Annotations.delegatingCreator())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(type, "json")
                .addStatement("return of($L)", value)
                .build());
    }

    private static TypeName raw(TypeName type) {
        return type instanceof ParameterizedTypeName p ? p.rawType() : type;
    }

    private static String word(Kind kind) {
        String lower = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String article(Kind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }
}
