package dev.schemapojo.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.schemapojo.core.emit.Slots.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code equals}, {@code hashCode} and a redacting {@code toString} of generated classes: over the
 * fields of an object type, or over the one value of a tuple or value class.
 */
final class ValueMethods {
    private static final ClassName OBJECTS = ClassName.get(Objects.class);
    /** How many terms one expression holds at most: javac overflows its stack on one && chain of a thousand terms. */
    static final int GROUP = 50;

    private ValueMethods() {}

    static MethodSpec equalsMethod(List<Slot> fields, ClassName self) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                // as beginControlFlow, addStatement and endControlFlow write it, in fewer pieces (ChecksEmitter.text)
                .addCode("if (this == other) {\n$>return true;\n$<}\nif (!(other instanceof $T)) {\n$>return false;\n$<}\n",
                        self);
        if (fields.isEmpty()) {
            return m.addStatement("return true").build();
        }
        m.addStatement("$T that = ($T) other", self, self);
        List<List<Slot>> groups = groups(fields);
        for (int g = 0; g < groups.size(); g++) {
            CodeBlock.Builder condition = CodeBlock.builder();
            List<Slot> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                // the text between the types in one piece: JavaPoet's rendering costs per piece (Rendering)
                String name = group.get(i).javaName();
                condition.add("$T$L", OBJECTS, ".equals(this." + name + ", that." + name + ")"
                        + (i == group.size() - 1 ? "" : "\n&& "));
            }
            if (g == groups.size() - 1) {
                m.addStatement("return $L", condition.build());
            } else {
                m.beginControlFlow("if (!($L))", condition.build()).addStatement("return false").endControlFlow();
            }
        }
        return m.build();
    }

    static <T> List<List<T>> groups(List<T> items) {
        List<List<T>> groups = new ArrayList<>();
        for (int i = 0; i < items.size(); i += GROUP) {
            groups.add(items.subList(i, Math.min(items.size(), i + GROUP)));
        }
        return groups;
    }

    static MethodSpec hashCodeMethod(List<Slot> fields) {
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            args.append(i == 0 ? "" : ", ").append(fields.get(i).javaName());
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hash($L)", OBJECTS, args.toString())
                .build();
    }

    static MethodSpec toStringMethod(List<Slot> fields, ClassName self) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
                .addJavadoc("Sensitive properties print as {@code ***}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING);
        List<List<Slot>> groups = groups(fields);
        if (groups.size() <= 1) {
            CodeBlock.Builder body = CodeBlock.builder().add("return $S", self.simpleName() + "[");
            appendParts(body, fields, 0);
            body.add("\n+ $S", "]");
            return m.addStatement("$L", body.build()).build();
        }
        m.addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class, self.simpleName() + "[");
        int index = 0;
        for (List<Slot> group : groups) {
            CodeBlock.Builder part = CodeBlock.builder().add("text.append(\"\"");
            appendParts(part, group, index);
            m.addStatement("$L)", part.build());
            index += group.size();
        }
        return m.addStatement("return text.append($S).toString()", "]").build();
    }

    /** {@code + "name=" + value} for each field; sensitive values print as {@code ***}. */
    private static void appendParts(CodeBlock.Builder body, List<Slot> fields, int firstIndex) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            Slot f = fields.get(i);
            String label = Literals.text((firstIndex + i == 0 ? "" : ", ") + f.javaName() + "=");
            text.append("\n+ ").append(label).append(" + ");
            text.append(f.sensitive() ? "(this." + f.javaName() + " == null ? \"null\" : \"***\")" : "this." + f.javaName());
        }
        body.add("$L", text.toString());
    }

    /**
     * {@code equals} and {@code hashCode} of a class whose value is one non-null expression of its own
     * ({@code value}, {@code items()}): equal when that value is.
     */
    static List<MethodSpec> valueEquality(ClassName self, String value) {
        return List.of(
                MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN).addParameter(Object.class, "other")
                        .addStatement("return other instanceof $T && $L.equals((($T) other).$L)", self, value, self, value)
                        .build(),
                MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.INT).addStatement("return $L.hashCode()", value).build());
    }
}
