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
import com.palantir.javapoet.WildcardTypeName;
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeDecl;
import dev.schemapojo.core.ir.TypeRef;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@link TupleType} as a final class with one field per position, written through
 * {@code @JsonValue} as the array of its positions, trailing absent ones left out. Jackson reads it from a
 * JSON array by position ({@code @JsonFormat(shape = ARRAY)} with a creator whose parameters are named by
 * position, and a setter past the last one that refuses a further item); with rules
 * ({@code constraints=check}, positions of plain JSON) through a delegating creator that sees the array as
 * it is, and the constructor checks the whole schema on it.
 */
final class TupleTypeEmitter {
    private static final ClassName JSON_FORMAT = ClassName.get(Annotations.JACKSON, "JsonFormat");
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    private static final TypeName PROBLEMS = ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING);

    private final TypeEmitter types;

    private final boolean assertFormats;

    TupleTypeEmitter(TypeEmitter types, boolean assertFormats) {
        this.assertFormats = assertFormats;
        this.types = types;
    }

    /**
     * {@code fromJson(List<Object>)}, how Jackson reads a tuple with rules: the JSON array as it is, each
     * position converted only from JSON of its kind (see {@link JsonScalars}), and the array kept for the checks.
     */
    private static MethodSpec jsonReader(TupleType type, ClassName self, JsonScalars.Converters converters) {
        MethodSpec.Builder reader = MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(self)
                .addJavadoc("Used by Jackson to read JSON: the array as it is, each item only from JSON of its kind.\n")
                .addAnnotation(Annotations.delegatingCreator())
                .addParameter(ParameterizedTypeName.get(JavaTypes.LIST, ClassName.get(Object.class)), "json")
                .addStatement("$T problems = new $T<>()", PROBLEMS, CopyHelpers.ARRAY_LIST);
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < type.items().size(); i++) {
            TypeRef item = type.items().get(i).type();
            reader.addStatement("$T item$L = json.size() > $L && json.get($L) != null ? $L : null", JavaTypes.of(item), i, i, i,
                    converters.convert(item, "json.get(" + i + ")", "\"/" + i + "\""));
            args.add("item$L, ", i);
        }
        return reader.addStatement("return new $T($Ljson, problems)", self, args.build()).build();
    }

    TypeSpec.Builder emit(TupleType type) {
        ClassName self = JavaTypes.className(type.name());
        int n = type.items().size();
        CodeBlock.Builder doc = Javadocs.header(type).add(": a JSON array of at most $L items", n);
        doc.add(type.requiredItems() == 0 ? "$L.\n" : ", the first $L of them required.\n",
                type.requiredItems() == 0 ? "" : type.requiredItems());
        // with rules, Jackson reads the array as it is (fromJson); else by position into the creator
        boolean asJson = type.rules() != null;
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated());
        MethodSpec.Builder creator = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        if (!asJson) {
            CodeBlock.Builder order = CodeBlock.builder().add("{");
            for (int i = 0; i <= n; i++) {
                order.add(i == 0 ? "$S" : ", $S", String.valueOf(i));
            }
            spec.addAnnotation(AnnotationSpec.builder(JSON_FORMAT).addMember("shape", "$T.Shape.ARRAY", JSON_FORMAT).build())
                    .addAnnotation(AnnotationSpec.builder(Annotations.JSON_PROPERTY_ORDER).addMember("value", "$L",
                            order.add("}").build()).build());
            creator.addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.PROPERTIES", Annotations.JSON_CREATOR).build());
        }
        MethodSpec.Builder of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self);
        CodeBlock.Builder ofDoc = CodeBlock.builder().add("The tuple of these items; trailing optional items may be {@code null}.\n\n");
        CodeBlock.Builder args = CodeBlock.builder();
        CodeBlock.Builder missing = CodeBlock.builder()
                .addStatement("$T<$T> missing = new $T<>()", JavaTypes.LIST, Integer.class, CopyHelpers.ARRAY_LIST);
        for (int i = 0; i < n; i++) {
            TupleType.Item item = type.items().get(i);
            TypeName javaType = JavaTypes.of(item.type());
            String name = "item" + i;
            spec.addField(FieldSpec.builder(javaType, name, Modifier.PRIVATE, Modifier.FINAL).build());
            ParameterSpec.Builder parameter = ParameterSpec.builder(javaType, name);
            if (!asJson) {
                parameter.addAnnotation(Annotations.jsonProperty(String.valueOf(i)));
            }
            creator.addParameter(parameter.build()).addStatement("this.$N = $N", name, name);
            of.addParameter(javaType, name);
            ofDoc.add("@param $N item $L of the array$L\n", name, i, i < type.requiredItems() ? " (required)" : "");
            args.add(i == 0 ? "$N" : ", $N", name);
            if (i < type.requiredItems()) {
                missing.beginControlFlow("if ($N == null)", name).addStatement("missing.add($L)", i).endControlFlow();
            }
            CodeBlock.Builder getterDoc = CodeBlock.builder();
            if (!item.description().isBlank()) {
                getterDoc.add("$L\n\n", Javadocs.escape(item.description()));
            }
            getterDoc.add("<p>Item $L of the array. $L\n\n@return the value$L\n", i,
                    i < type.requiredItems() ? "Required: never {@code null}." : "Optional: {@code null} when absent.",
                    JavaTypes.isCollection(item.type()) ? " (unmodifiable)" : "");
            spec.addMethod(MethodSpec.methodBuilder("getItem" + i).addModifiers(Modifier.PUBLIC).returns(javaType)
                    .addJavadoc(getterDoc.build()).addStatement("return $N", name).build());
        }
        String cannot = "Cannot build " + self.simpleName() + ": ";
        boolean required = type.requiredItems() > 0;
        ofDoc.add("@return the tuple\n");
        if (required || asJson) {
            ofDoc.add("@throws IllegalStateException when $L\n", required && asJson ? "a required item is {@code null} or the items"
                    + " break the schema" : required ? "a required item is {@code null}" : "the items break the schema");
        }
        of.addJavadoc(ofDoc.build());
        if (required) {
            creator.addCode(missing.build());
        }
        if (asJson) {
            JsonRuleEmitter rules = new JsonRuleEmitter();
            JsonScalars.Converters converters = new JsonScalars.Converters("describeJson", assertFormats ? rules.formats() : null);
            creator.addParameter(ParameterizedTypeName.get(JavaTypes.LIST, WildcardTypeName.subtypeOf(Object.class)), "json")
                    .addParameter(PROBLEMS, "notRead")
                    .addStatement("$T problems = new $T<>()", PROBLEMS, CopyHelpers.ARRAY_LIST)
                    .addCode(required ? CodeBlock.builder().beginControlFlow("if (!missing.isEmpty())")
                            .addStatement("problems.add($S + missing)", "missing required items ")
                            .endControlFlow().build() : CodeBlock.of(""))
                    .addCode("// the array as read (an explicit null and extra items count), or as it is written\n")
                    .addCode(rules.check(type.rules(), CodeBlock.of("json != null ? json : toJson()"), CodeBlock.of("$S", ""), "problems"))
                    .addCode("// an item of the wrong kind breaks its type, which the rules report; else it did not fit the Java type\n")
                    .beginControlFlow("if (problems.isEmpty() && notRead != null)")
                    .addStatement("problems.addAll(notRead)")
                    .endControlFlow()
                    .beginControlFlow("if (!problems.isEmpty())")
                    .addStatement("throw new $T($S + $T.join($S, problems))", IllegalStateException.class, cannot, String.class, "; ")
                    .endControlFlow();
            spec.addMethod(creator.build())
                    .addMethod(of.addStatement("return new $T($L$Lnull, null)", self, args.build(), n == 0 ? "" : ", ").build())
                    .addMethod(jsonReader(type, self, converters))
                    .addMethods(converters.methods());
            if (!converters.methods().isEmpty()) {
                spec.addMethod(JsonScalars.describe("describeJson"));
            }
            rules.addTo(spec);
        } else {
            if (required) {
                creator.beginControlFlow("if (!missing.isEmpty())")
                        .addStatement("throw new $T($S + missing)", IllegalStateException.class, cannot + "missing required items ")
                        .endControlFlow();
            }
            spec.addMethod(creator.build())
                    // a setter, not a creator parameter: Jackson calls it for an item there, a null too, never for an absent one
                    .addMethod(MethodSpec.methodBuilder("setBeyond").addModifiers(Modifier.PRIVATE)
                            .addJavadoc("Used by Jackson to read JSON: an item past the last position, which the schema does not allow.\n")
                            .addAnnotation(Annotations.jsonProperty(String.valueOf(n)))
                            .addParameter(Object.class, "item")
                            .addStatement("throw new $T($S)", IllegalStateException.class, cannot + "the schema allows at most " + n + " items")
                            .build())
                    .addMethod(of.addStatement("return new $T($L)", self, args.build()).build());
        }
        TypeName objects = ParameterizedTypeName.get(JavaTypes.LIST, ClassName.get(Object.class));
        spec.addMethod(MethodSpec.methodBuilder("items").addModifiers(Modifier.PRIVATE).returns(objects)
                .addStatement(n == 0 ? "return $T.asList()" : "return $T.asList($L)", ARRAYS, args.build()).build());
        spec.addMethod(MethodSpec.methodBuilder("toJson").addModifiers(Modifier.PRIVATE).returns(objects)
                .addJavadoc("Jackson writes the tuple as this array: its positions up to the last present one.\n")
                .addAnnotation(Annotations.JSON_VALUE)
                .addStatement("$T<$T> items = new $T<>(items())", JavaTypes.LIST, Object.class, CopyHelpers.ARRAY_LIST)
                .beginControlFlow("while (!items.isEmpty() && items.get(items.size() - 1) == null)")
                .addStatement("items.remove(items.size() - 1)")
                .endControlFlow()
                .addStatement("return items")
                .build());
        spec.addMethods(ValueMethods.valueEquality(self, "items()"));
        spec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING).addStatement("return $S + items()", self.simpleName()).build());
        for (TypeDecl nested : type.nested()) {
            spec.addType(types.emitNested(nested));
        }
        return spec;
    }
}
