package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.ir.UnionType;
import dev.schemapojo.core.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@link UnionType} as an interface that its variants implement. With a discriminator Jackson
 * reads it polymorphically by that property ({@code include = EXISTING_PROPERTY}, so the property stays an
 * ordinary property of each class). {@link UnionType.Reading#FIRST_MATCH}: the interface reads the JSON
 * into every variant's builder at once ({@code Candidates}, whose fields are {@code @JsonUnwrapped}, so
 * each builder takes the members it knows) and returns the first variant whose {@code build()} accepts it:
 * the branch that {@code anyOf} and {@code oneOf} say the document is, as far as the builders check
 * (required properties, {@code const}, {@code enum}, closed objects); Jackson's deduction, the last way,
 * fails on valid JSON whose members more than one variant declares.
 */
final class UnionTypeEmitter {
    /** Records style: the generated code needs Java 17 anyway, so a union whose variants share its package is sealed. */
    private final boolean sealedWhereAllowed;

    UnionTypeEmitter(boolean sealedWhereAllowed) {
        this.sealedWhereAllowed = sealedWhereAllowed;
    }

    private static final ClassName JSON_TYPE_INFO = ClassName.get(Annotations.JACKSON, "JsonTypeInfo");
    private static final ClassName JSON_SUB_TYPES = ClassName.get(Annotations.JACKSON, "JsonSubTypes");
    private static final ClassName JSON_UNWRAPPED = ClassName.get(Annotations.JACKSON, "JsonUnwrapped");

    TypeSpec.Builder emit(UnionType type) {
        ClassName self = JavaTypes.className(type.name());
        List<ClassName> variants = type.variants().stream().map(v -> JavaTypes.className(v.type())).distinct().toList();
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Annotations.generated());
        CodeBlock.Builder doc = Javadocs.header(type);
        if (type.reading() == UnionType.Reading.FIRST_MATCH) {
            doc.add(": one of $L, told apart by trying them in that order when JSON is read: the\nfirst whose builder"
                    + " accepts the JSON (its required properties, const and enum values) is the one read.\n",
                    String.join(", ", variants.stream().map(v -> "{@link " + v.simpleName() + "}").toList()));
            addCandidates(spec, self, type.variants().stream().distinct().toList(), type.exactlyOne());
        } else {
            boolean deduced = type.reading() == UnionType.Reading.DEDUCTION;
            doc.add(": one of the variants listed in {@code @JsonSubTypes}, told apart by $L.\n", deduced
                    ? "the properties present" : "the property " + Javadocs.code(type.discriminator()));
            AnnotationSpec.Builder info = AnnotationSpec.builder(JSON_TYPE_INFO);
            if (deduced) {
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
                if (!deduced) {
                    one.addMember("name", "$L", Literals.string(Objects.requireNonNull(variant.discriminatorValue())));
                }
                subTypes.addMember("value", "$L", one.build());
            }
            spec.addAnnotation(info.build()).addAnnotation(subTypes.build());
        }
        spec.addJavadoc(doc.build());
        boolean samePackage = type.variants().stream().allMatch(v -> v.type().simpleNames().size() == 1
                && v.type().packageName().equals(type.name().packageName()));
        if (sealedWhereAllowed && samePackage) {
            // permitted classes of a sealed type in the unnamed module must be in its package; all are final
            spec.addModifiers(Modifier.SEALED);
            variants.forEach(spec::addPermittedSubclass);
        }
        return spec;
    }

    /**
     * The creator that reads the union, and the class it reads the JSON into: one builder per variant,
     * each {@code @JsonUnwrapped}, so Jackson gives every builder the whole object (a builder ignores, or
     * notes for {@code build()} to reject, the members it does not know), and the names of the members.
     * The variant read is the first that builds and declares every member present, else the first that
     * builds: a variant that would drop members is taken only when none keeps them all.
     */
    private static void addCandidates(TypeSpec.Builder spec, ClassName self, List<UnionType.Variant> variants, boolean exactlyOne) {
        NameScope members = new NameScope(NameScope.Numbering.NUMBER, false, List.of(self.simpleName()));
        ClassName candidates = self.nestedClass(members.allocate("Candidates"));
        ClassName names = candidates.nestedClass("Members");
        TypeName stringList = ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING);
        TypeName stringSet = ParameterizedTypeName.get(JavaTypes.SET, JavaTypes.STRING);
        TypeSpec.Builder holder = TypeSpec.classBuilder(candidates)
                .addJavadoc("What Jackson reads a {@link $T} into: the JSON object given to a builder of each variant.\n"
                        + "For Jackson only; build a variant's instance through its own builder.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(Annotations.noAutoDetection())
                .addField(FieldSpec.builder(names, "members", Modifier.PRIVATE).addAnnotation(JSON_UNWRAPPED).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(TypeSpec.classBuilder(names)
                        .addJavadoc("The names of the members of the JSON object, in order.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addAnnotation(Annotations.noAutoDetection())
                        .addField(FieldSpec.builder(stringList, "names", Modifier.PRIVATE, Modifier.FINAL)
                                .initializer("new $T<>()", ArrayList.class).build())
                        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                        .addMethod(MethodSpec.methodBuilder("member")
                                .addAnnotation(Annotations.JSON_ANY_SETTER)
                                .addModifiers(Modifier.PRIVATE)
                                .addParameter(JavaTypes.STRING, "name")
                                .addParameter(Object.class, "value")
                                .addStatement("names.add(name)")
                                .build())
                        .build());
        CodeBlock.Builder body = CodeBlock.builder();
        if (!exactlyOne) {
            body.addStatement("$T present = json.members == null ? $T.of() : json.members.names", stringList, JavaTypes.LIST);
        }
        body.addStatement("$T<$T> problems = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, ArrayList.class)
                .addStatement("$T first = null", self);
        if (exactlyOne) {
            // oneOf: every variant is tried, and JSON that more than one accepts is none of them
            body.addStatement("$T<$T> matched = new $T<>()", JavaTypes.LIST, JavaTypes.STRING, ArrayList.class);
        }
        for (int i = 0; i < variants.size(); i++) {
            UnionType.Variant variant = variants.get(i);
            ClassName type = JavaTypes.className(variant.type());
            String field = "option" + (i + 1);
            String declared = "OPTION" + (i + 1) + "_NAMES";
            holder.addField(FieldSpec.builder(type.nestedClass("Builder"), field, Modifier.PRIVATE)
                    .addAnnotation(JSON_UNWRAPPED)
                    .build());
            if (!exactlyOne) {
                // which variant keeps every member present; oneOf counts the variants that build instead
                holder.addField(FieldSpec.builder(stringSet, declared, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The members $L declares.\n", type.simpleName())
                        .initializer(setOf(variant.declared()))
                        .build());
            }
            body.beginControlFlow("try")
                    .addStatement("$T read = json.$N.build()", type, field);
            if (exactlyOne) {
                body.addStatement("matched.add($S)", type.simpleName());
            } else {
                body.beginControlFlow("if ($N.$N.containsAll(present))", candidates.simpleName(), declared)
                        .addStatement("return read")
                        .endControlFlow();
            }
            body.addStatement("first = first == null ? read : first")
                    .nextControlFlow("catch ($T e)", IllegalStateException.class)
                    .addStatement("problems.add(e.getMessage())")
                    .endControlFlow();
        }
        if (exactlyOne) {
            body.beginControlFlow("if (matched.size() > 1)")
                    .addStatement("throw new $T($L + matched + $S)", IllegalArgumentException.class,
                            Literals.string("Cannot read " + self.simpleName() + ": the JSON is more than one of its oneOf variants "),
                            ", not exactly one")
                    .endControlFlow();
        }
        body.beginControlFlow("if (first != null)")
                .addStatement("return first")
                .endControlFlow()
                .addStatement("throw new $T($L + $T.join(\"; \", problems) + \")\")", IllegalArgumentException.class,
                        Literals.string("Cannot read " + self.simpleName() + ": the JSON is none of its variants ("),
                        JavaTypes.STRING);
        spec.addType(holder.build());
        spec.addMethod(MethodSpec.methodBuilder("fromJson")
                .addJavadoc(exactlyOne ? "Jackson's creator: the one variant whose builder accepts the JSON ({@code oneOf}).\n"
                        : "Jackson's creator: the first variant whose builder accepts the JSON and that declares every\n"
                        + "member present, else the first whose builder accepts it.\n")
                .addAnnotation(Annotations.delegatingCreator())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(candidates, "json")
                .addCode(body.build())
                .build());
    }

    /** {@code Set.of("a", "b")}. */
    private static CodeBlock setOf(List<String> names) {
        return CodeBlock.of("$T.of($L)", JavaTypes.SET, CodeBlock.join(names.stream().map(Literals::string).toList(), ", "));
    }
}
