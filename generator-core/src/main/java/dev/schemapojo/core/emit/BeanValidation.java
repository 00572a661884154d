package dev.schemapojo.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.schemapojo.core.ir.AdditionalProperties;
import dev.schemapojo.core.ir.Constraints;
import dev.schemapojo.core.ir.Property;
import dev.schemapojo.core.ir.TypeRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jakarta Bean Validation annotations for a property ({@code beanValidation=true}): the schema's
 * validation keywords as constraints that a validator checks; the generated code then needs
 * {@code jakarta.validation:jakarta.validation-api}.
 */
final class BeanValidation {
    private static final String PACKAGE = "jakarta.validation.constraints";
    /** {@code @Size} takes an {@code int}; counts of more than nine digits are documented only. */
    private static final BigInteger SIZE_LIMIT = BigInteger.valueOf(1_000_000_000);

    private BeanValidation() {}

    static List<AnnotationSpec> annotations(Property p) {
        List<AnnotationSpec> out = new ArrayList<>();
        Constraints c = p.constraints();
        if (p.required() && !p.nullable()) {
            out.add(AnnotationSpec.builder(ClassName.get(PACKAGE, "NotNull")).build());
        }
        boolean text = p.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING;
        boolean collection = JavaTypes.isCollection(p.type());
        Constraints.Range size = text ? c.length() : !collection ? Constraints.Range.NONE
                : p.type() instanceof TypeRef.MapOf ? c.properties() : c.items();
        BigInteger min = fitsSize(size.min());
        BigInteger max = fitsSize(size.max());
        if (min != null || max != null) {
            AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.get(PACKAGE, "Size"));
            if (min != null) {
                spec.addMember("min", "$L", min.intValue());
            }
            if (max != null) {
                spec.addMember("max", "$L", max.intValue());
            }
            out.add(spec.build());
        }
        if (text && c.pattern() != null && c.patternIsJava()) {
            out.add(AnnotationSpec.builder(ClassName.get(PACKAGE, "Pattern"))
                    .addMember("regexp", "$L", Literals.string(c.pattern())).build());
        }
        boolean number = p.type() instanceof TypeRef.Scalar s && (s.kind() == TypeRef.ScalarKind.INTEGER
                || s.kind() == TypeRef.ScalarKind.LONG || s.kind() == TypeRef.ScalarKind.DOUBLE);
        if (number) {
            for (Constraints.Bound bound : c.bounds()) {
                AnnotationSpec.Builder spec = AnnotationSpec.builder(ClassName.get(PACKAGE,
                        bound.lower() ? "DecimalMin" : "DecimalMax")).addMember("value", "$S", bound.value().toPlainString());
                if (!bound.inclusive()) {
                    spec.addMember("inclusive", "false");
                }
                out.add(spec.build());
            }
        }
        TypeRef element = collection ? JavaTypes.elementOf(p.type()) : p.type();
        if (element instanceof TypeRef.Named) {
            out.add(valid());
        }
        return out;
    }

    /** The additional-properties map: {@code @Valid} when its values are generated types. */
    static List<AnnotationSpec> annotations(AdditionalProperties map) {
        return map.valueType() instanceof TypeRef.Named ? List.of(valid()) : List.of();
    }

    private static AnnotationSpec valid() {
        return AnnotationSpec.builder(ClassName.get("jakarta.validation", "Valid")).build();
    }

    private static BigInteger fitsSize(BigInteger count) {
        return count != null && count.signum() >= 0 && count.compareTo(SIZE_LIMIT) < 0 ? count : null;
    }
}
