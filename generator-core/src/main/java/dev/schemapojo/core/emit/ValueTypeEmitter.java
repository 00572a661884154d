package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef;
import dev.schemapojo.core.ir.ValueType;
import dev.schemapojo.core.naming.NameScope;
import java.math.BigDecimal;
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

    private final boolean assertFormats;

    ValueTypeEmitter(TypeEmitter types, boolean beanValidation, boolean assertFormats) {
        this.assertFormats = assertFormats;
        this.types = types;
        this.beanValidation = beanValidation;
    }

    /** The kind of an integer value ({@code Long} or {@code Integer}), or null for any other value. */
    private static TypeRef.ScalarKind integerKind(TypeRef type) {
        return type instanceof TypeRef.Scalar s && (s.kind() == TypeRef.ScalarKind.LONG || s.kind() == TypeRef.ScalarKind.INTEGER)
                ? s.kind() : null;
    }

    /**
     * Reads a JSON number into an integer value. JSON Schema counts {@code 1.0} as the integer 1, so a
     * number with a fraction of zero is read as that integer; any other fraction, and an integer beyond
     * the Java type, is an error that says so.
     */
    private static MethodSpec integerReader(ClassName self, TypeRef.ScalarKind kind) {
        boolean isLong = kind == TypeRef.ScalarKind.LONG;
        return MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(self)
                .addJavadoc("Used by Jackson to read JSON: a number with a fraction of zero ({@code 1.0}) is an integer.\n")
                .addAnnotation(Annotations.delegatingCreator())
                .addParameter(Number.class, "json")
                .beginControlFlow("if (json == null)")
                .addStatement("return of(null)")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("return of(new $T(json.toString()).$L())", BigDecimal.class, isLong ? "longValueExact" : "intValueExact")
                .nextControlFlow("catch ($T e)", ArithmeticException.class)
                .addStatement("throw new $T($L + json + $L)", IllegalArgumentException.class,
                        Literals.string("Cannot read " + self.simpleName() + ": "),
                        Literals.string(" is not an integer that fits a Java " + (isLong ? "long" : "int")))
                .endControlFlow()
                .build();
    }

    /**
     * Reads JSON of the value's kind only ({@code constraints=check}): Jackson would coerce a number into a
     * string and a string into a number (see {@link JsonScalars}).
     */
    private static MethodSpec strictReader(ClassName self, TypeRef type, JsonScalars.Converters converters) {
        return MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(self)
                .addJavadoc("Used by Jackson to read JSON: only JSON of the kinds the schema says.\n")
                .addAnnotation(Annotations.delegatingCreator())
                // an array or object as Jackson reads untyped JSON; JSON of another kind reaches the creators of WrongKindReaders
                .addParameter(type instanceof TypeRef.ListOf ? ParameterizedTypeName.get(JavaTypes.LIST, ClassName.get(Object.class))
                        : type instanceof TypeRef.MapOf ? ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, ClassName.get(Object.class))
                        : ClassName.get(Object.class), "json")
                .beginControlFlow("if (json == null)")
                .addStatement("return of(null)")
                .endControlFlow()
                .addStatement("$T<$T> problems = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, CopyHelpers.ARRAY_LIST)
                .addStatement("$T value = $L", JavaTypes.of(type), converters.convert(type, "json", "\"\""))
                .beginControlFlow("if (!problems.isEmpty())")
                .addStatement("throw new $T($L + $T.join($S, problems))", IllegalArgumentException.class,
                        Literals.string("Cannot read " + self.simpleName() + ": "), String.class, "; ")
                .endControlFlow()
                .addStatement("return of(value)")
                .build();
    }

    /**
     * Reads a {@code uniqueItems} array: Jackson would fill a {@code Set} as a {@code HashSet} and lose the
     * order, so the JSON is read as a list, kept in order, and rejected when items repeat.
     */
    private static MethodSpec setReader(ClassName self, TypeRef.SetOf type) {
        TypeName list = ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.of(type.item()));
        return MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(self)
                .addJavadoc("Used by Jackson to read JSON: the items in order; repeats are an error, as {@code uniqueItems} says.\n")
                .addAnnotation(Annotations.delegatingCreator())
                .addParameter(list, "json")
                .beginControlFlow("if (json == null)")
                .addStatement("return of(null)")
                .endControlFlow()
                .addStatement("$T<$T> items = new $T<>(json)", JavaTypes.SET, JavaTypes.of(type.item()), CopyHelpers.LINKED_HASH_SET)
                .beginControlFlow("if (items.size() < json.size())")
                .addStatement("throw new $T($L)", IllegalArgumentException.class,
                        Literals.string("Cannot read " + self.simpleName() + ": the schema says uniqueItems, but items repeat"))
                .endControlFlow()
                .addStatement("return of(items)")
                .build();
    }

    TypeSpec.Builder emit(ValueType type) {
        if (!type.alternatives().isEmpty()) {
            TypeSpec.Builder union = KindUnionEmitter.emit(type);
            for (TypeDecl nested : type.nested()) {
                union.addType(types.emitNested(nested));
            }
            return union;
        }
        ClassName self = JavaTypes.className(type.name());
        Property value = type.value();
        TypeName javaType = JavaTypes.of(value.type());
        CodeBlock.Builder doc = Javadocs.header(type).add(": $L\n", Javadocs.escape(type.note()));
        List<MethodSpec> helpers = new ArrayList<>();
        JsonRuleEmitter rules = new JsonRuleEmitter();
        MethodSpec constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(javaType, value.javaName())
                .beginControlFlow("if ($N == null)", value.javaName())
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "Cannot build " + self.simpleName() + ": the value is null")
                .endControlFlow()
                // the whole schema as checks of the JSON; else a builder's checks of a property other than
                // presence (const, enum, null elements, validation keywords); they see the parameter
                .addCode(type.rules() != null ? rules.throwing(type.rules(), value.javaName(), self.simpleName())
                        : ChecksEmitter.checks(ChecksEmitter.Subject.value(value), self.simpleName(), "", rules))
                .addStatement("this.$N = $L", value.javaName(), CopyHelpers.copyOf(value.type(), value.javaName(),
                        "copyValue", helpers))
                .build();
        boolean strict = JsonScalars.isStrict(value);
        TypeRef.ScalarKind integer = strict ? null : integerKind(value.type());
        boolean set = value.type() instanceof TypeRef.SetOf;
        boolean ownReader = integer != null || set || strict; // Jackson reads through a private fromJson, not of()
        MethodSpec.Builder of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("The value as a $L$L.\n\n@param $N the value (not"
                        + " {@code null})\n@return the $L\n@throws IllegalStateException when the value is {@code null}$L\n",
                        self.simpleName(), ownReader ? "" : "; Jackson reads JSON through this method",
                        value.javaName(), self.simpleName(),
                        value.constant() != null ? " or not the schema's const"
                                : value.allowed().isEmpty() ? "" : " or not one of the schema's enum values")
                .addParameter(javaType, value.javaName())
                .addStatement("return new $T($N)", self, value.javaName());
        if (!ownReader) {
            of.addAnnotation(Annotations.delegatingCreator());
        }
        MethodSpec.Builder getter = MethodSpec.methodBuilder("getValue").addModifiers(Modifier.PUBLIC).returns(javaType)
                .addJavadoc(CodeBlock.builder().add("The value Jackson writes as the JSON. $L", Javadocs.constraints(value))
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
                .addMethod(of.build())
                .addMethod(getter.build())
                .addMethods(ValueMethods.valueEquality(self, value.javaName()))
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(JavaTypes.STRING)
                        .addCode(value.sensitive() ? CodeBlock.of("return $S;\n", self.simpleName() + "[***]")
                                : CodeBlock.of("return $S + $N + $S;\n", self.simpleName() + "[", value.javaName(), "]"))
                        .build());
        if (integer != null) {
            spec.addMethod(integerReader(self, integer));
        }
        if (strict) {
            JsonScalars.Converters converters = new JsonScalars.Converters("describeJson", assertFormats ? rules.formats() : null);
            spec.addMethod(strictReader(self, value.type(), converters)).addMethods(converters.methods())
                    .addMethod(JsonScalars.describe("describeJson"));
        }
        if (set) {
            spec.addMethod(setReader(self, (TypeRef.SetOf) value.type()));
        }
        WrongKindReaders.Kind kind = value.type() instanceof TypeRef.MapOf ? WrongKindReaders.Kind.OBJECT
                : JavaTypes.isCollection(value.type()) ? WrongKindReaders.Kind.ARRAY : null;
        if (kind != null) {
            WrongKindReaders.add(spec, self.simpleName(), kind, self, new NameScope(NameScope.Numbering.UNDERSCORES, false,
                    List.of(value.javaName(), "of", "getValue", "fromJson", "copyValue")));
        }
        rules.addTo(spec);
        for (TypeDecl nested : type.nested()) {
            spec.addType(types.emitNested(nested));
        }
        return spec;
    }
}
