package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemapojo.core.emit.ChecksEmitter.Subject;
import dev.schemapojo.core.ir.ObjectType;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.naming.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an {@link ObjectType} of the record form: components carry the JSON names, the compact
 * constructor runs the checks of {@code build()} ({@link ChecksEmitter}) and copies collections, so
 * Jackson (which reads records through the canonical constructor) and the builder go through the same
 * checks.
 */
final class ObjectRecordEmitter {
    private final TypeEmitter parent;
    private final boolean beanValidation;

    private final boolean assertFormats;

    ObjectRecordEmitter(TypeEmitter parent, boolean beanValidation, boolean assertFormats) {
        this.assertFormats = assertFormats;
        this.parent = parent;
        this.beanValidation = beanValidation;
    }

    TypeSpec.Builder emit(ObjectType type) {
        ClassName self = JavaTypes.className(type.name());
        ClassName builder = self.nestedClass("Builder");
        List<MethodSpec> copyHelpers = new ArrayList<>();
        JsonRuleEmitter rules = new JsonRuleEmitter();
        CodeBlock checks = ChecksEmitter.checks(Subject.of(type), self.simpleName(), "", rules);
        MethodSpec.Builder canonical = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC).addCode(checks);
        CodeBlock.Builder doc = CodeBlock.builder().add(ObjectClassEmitter.classJavadoc(type)).add("\n");
        // javadoc wants the compact constructor's parameters, the components, documented again
        boolean copies = type.properties().stream().anyMatch(p -> JavaTypes.isCollection(p.type()));
        String copying = "keeps unmodifiable copies of the collections";
        CodeBlock.Builder canonicalDoc = CodeBlock.builder().add("$L;\n{@link Builder#build()} and reading JSON both come"
                + " through here.\n\n", !checks.isEmpty() ? "Checks the values as the schema says" + (copies ? " and " + copying : "")
                        : copies ? Names.capitalize(copying) : "The canonical constructor");
        for (Property p : type.properties()) {
            canonical.addParameter(ParameterSpec.builder(JavaTypes.inRecordHeader(p.type(), parent.nestedNamesOfFile()), p.javaName())
                    .addAnnotations(Annotations.forProperty(p))
                    .addAnnotations(beanValidation ? BeanValidation.annotations(p) : List.of()).build());
            if (JavaTypes.isCollection(p.type())) {
                canonical.addStatement("$N = $L", p.javaName(), CopyHelpers.copyOf(p.type(), p.javaName(),
                        "copy" + Names.capitalize(p.javaName()), copyHelpers));
            }
            String description = Javadocs.escape(p.description());
            doc.add("@param $N JSON property $L$L\n", p.javaName(), Javadocs.code(p.jsonName()),
                    description.isEmpty() ? "" : ": " + description);
            canonicalDoc.add("@param $N JSON property $L\n", p.javaName(), Javadocs.code(p.jsonName()));
        }
        canonical.addJavadoc(canonicalDoc.add(checks.isEmpty() ? "" : ChecksEmitter.THROWS).build());
        TypeSpec.Builder spec = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc.build())
                .addAnnotation(Annotations.generated())
                .addAnnotation(Annotations.nonNull())
                .addAnnotation(Annotations.ignoreUnknown(type.rejectsUnknown()))
                .recordConstructor(canonical.build());
        ObjectClassEmitter.addOrderAndInterfaces(spec, type);
        copyHelpers.forEach(spec::addMethod);
        if (type.properties().stream().anyMatch(JsonScalars::isStrict) || !type.forbidden().isEmpty()) {
            // constraints=check: Jackson reads through the builder, whose setters read scalars strictly
            spec.addMethod(ObjectClassEmitter.creator(self, builder));
        }
        rules.addTo(spec);
        BuilderEmitter.addEntryPoints(spec, builder, "record", type);
        spec.addMethod(ValueMethods.toStringMethod(Slots.of(type), self));
        spec.addType(BuilderEmitter.emit(type, self, builder, assertFormats));
        for (var nested : type.nested()) {
            spec.addType(parent.emitNested(nested));
        }
        return spec;
    }
}
