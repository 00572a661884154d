package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.schemapojo.core.model.Property;
import dev.schemapojo.core.model.Regexes;
import dev.schemapojo.core.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Jakarta Bean Validation annotations for a property ({@code beanValidation=true}): the schema's
 * validation keywords as constraints that a validator checks; the generated code then needs
 * {@code jakarta.validation:jakarta.validation-api}.
 */
final class BeanValidation {
    private static final String PACKAGE = "jakarta.validation.constraints";

    private BeanValidation() {}

    static List<AnnotationSpec> annotations(Property p) {
        List<AnnotationSpec> out = new ArrayList<>();
        Map<String, String> c = p.constraints();
        if (p.required() && !p.nullable()) {
            out.add(AnnotationSpec.builder(ClassName.get(PACKAGE, "NotNull")).build());
        }
        boolean text = p.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING;
        boolean collection = JavaTypes.isCollection(p.type());
        String min = text ? c.get("minLength") : collection ? (p.type() instanceof TypeRef.MapOf ? c.get("minProperties") : c.get("minItems")) : null;
        String max = text ? c.get("maxLength") : collection ? (p.type() instanceof TypeRef.MapOf ? c.get("maxProperties") : c.get("maxItems")) : null;
        if (integral(min) || integral(max)) {
            AnnotationSpec.Builder size = AnnotationSpec.builder(ClassName.get(PACKAGE, "Size"));
            if (integral(min)) {
                size.addMember("min", "$L", Integer.parseInt(min));
            }
            if (integral(max)) {
                size.addMember("max", "$L", Integer.parseInt(max));
            }
            out.add(size.build());
        }
        if (text && c.containsKey("pattern") && Regexes.compilesInJava(c.get("pattern"))) {
            out.add(AnnotationSpec.builder(ClassName.get(PACKAGE, "Pattern"))
                    .addMember("regexp", "$L", Literals.string(c.get("pattern"))).build());
        }
        boolean number = p.type() instanceof TypeRef.Scalar s && (s.kind() == TypeRef.ScalarKind.INTEGER
                || s.kind() == TypeRef.ScalarKind.LONG || s.kind() == TypeRef.ScalarKind.DOUBLE);
        if (number) {
            // draft 4: "exclusiveMinimum": true makes "minimum" exclusive (later drafts give it a number of its own)
            bound(out, "DecimalMin", c.get("minimum"), !"true".equals(c.get("exclusiveMinimum")));
            bound(out, "DecimalMax", c.get("maximum"), !"true".equals(c.get("exclusiveMaximum")));
            bound(out, "DecimalMin", c.get("exclusiveMinimum"), false);
            bound(out, "DecimalMax", c.get("exclusiveMaximum"), false);
        }
        TypeRef element = collection ? JavaTypes.elementOf(p.type()) : p.type();
        if (element instanceof TypeRef.Named) {
            out.add(AnnotationSpec.builder(ClassName.get("jakarta.validation", "Valid")).build());
        }
        return out;
    }

    /** {@code @DecimalMin("1.5")} and the like; draft 4's boolean exclusive flags are not numbers and are skipped. */
    private static void bound(List<AnnotationSpec> out, String annotation, String value, boolean inclusive) {
        if (value == null) {
            return;
        }
        try {
            String plain = new BigDecimal(value).toPlainString();
            AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.get(PACKAGE, annotation)).addMember("value", "$S", plain);
            if (!inclusive) {
                spec.addMember("inclusive", "false");
            }
            out.add(spec.build());
        } catch (NumberFormatException e) {
            // "exclusiveMinimum": true (draft 4) qualifies "minimum"; it has no value of its own
        }
    }

    private static boolean integral(String value) {
        return value != null && value.matches("\\d{1,9}");
    }

}
