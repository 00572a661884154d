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
import dev.schemapojo.core.ir.TupleType;
import dev.schemapojo.core.ir.TypeDecl;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@link TupleType} as a final class with one field per position. Jackson reads it from a JSON
 * array ({@code @JsonFormat(shape = ARRAY)} with a creator whose parameters are named by position) and
 * writes it through {@code @JsonValue} as the array of its positions, trailing absent ones left out.
 * One creator parameter past the last position catches an item the schema does not allow.
 */
final class TupleTypeEmitter {
    private static final ClassName JSON_FORMAT = ClassName.get(Annotations.JACKSON, "JsonFormat");
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

    private final TypeEmitter types;

    TupleTypeEmitter(TypeEmitter types) {
        this.types = types;
    }

    TypeSpec.Builder emit(TupleType type) {
        ClassName self = JavaTypes.className(type.name());
        int n = type.items().size();
        CodeBlock.Builder doc = Javadocs.header(type).add(": a JSON array of at most $L items", n);
        doc.add(type.requiredItems() == 0 ? "$L.\n" : ", the first $L of them required.\n",
                type.requiredItems() == 0 ? "" : type.requiredItems());
        CodeBlock.Builder order = CodeBlock.builder().add("{");
        for (int i = 0; i <= n; i++) {
            order.add(i == 0 ? "$S" : ", $S", String.valueOf(i));
        }
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated())
                .addAnnotation(AnnotationSpec.builder(JSON_FORMAT).addMember("shape", "$T.Shape.ARRAY", JSON_FORMAT).build())
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_PROPERTY_ORDER).addMember("value", "$L",
                        order.add("}").build()).build());
        MethodSpec.Builder creator = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.PROPERTIES", Annotations.JSON_CREATOR).build());
        MethodSpec.Builder of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("The tuple of these items; trailing optional items may be {@code null}.\n\n"
                        + "@throws IllegalStateException when a required item is {@code null}\n");
        CodeBlock.Builder args = CodeBlock.builder();
        CodeBlock.Builder missing = CodeBlock.builder();
        for (int i = 0; i < n; i++) {
            TupleType.Item item = type.items().get(i);
            TypeName javaType = JavaTypes.of(item.type());
            String name = "item" + i;
            spec.addField(FieldSpec.builder(javaType, name, Modifier.PRIVATE, Modifier.FINAL).build());
            creator.addParameter(ParameterSpec.builder(javaType, name)
                    .addAnnotation(Annotations.jsonProperty(String.valueOf(i))).build())
                    .addStatement("this.$N = $N", name, name);
            of.addParameter(javaType, name);
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
        creator.addParameter(ParameterSpec.builder(Object.class, "beyond")
                .addAnnotation(Annotations.jsonProperty(String.valueOf(n))).build());
        CodeBlock.Builder checks = CodeBlock.builder()
                .addStatement("$T<$T> missing = new $T<>()", JavaTypes.LIST, Integer.class, CopyHelpers.ARRAY_LIST)
                .add(missing.build())
                .beginControlFlow("if (!missing.isEmpty())")
                .addStatement("throw new $T($S + missing)", IllegalStateException.class,
                        "Cannot build " + self.simpleName() + ": missing required items ")
                .endControlFlow()
                .beginControlFlow("if (beyond != null)")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "Cannot build " + self.simpleName() + ": the schema allows at most " + n + " items")
                .endControlFlow();
        spec.addMethod(creator.addCode(checks.build()).build());
        spec.addMethod(of.addStatement("return new $T($L$L)", self, args.build(), n == 0 ? "null" : ", null").build());
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
